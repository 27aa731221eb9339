@rule:REACHES-STATES @required
Feature: The session reaches every state Close is checked from
  The kit checks Close from the states an application brings a session into, with every clip
  shape (contract notes §3). A state is what its name says: after MESessionTopologySet the full
  topology holds every stream; a started session plays every stream with its clock running; a
  paused or stopped one delivers no sample and its clock stands still in that state; an ended one
  delivers nothing more. Until this rule passes, the scenarios of the other rules are BLOCKED.

  The states are those of matrix.md: new, start failed, topology set, started, paused,
  stopped, ended, near its end (started 200 ms before the clip's end) and closing.
  A clip is one of the kit's four shapes: audio-only, video-only, av-long (audio and video) and
  av-heavy (1080p video with audio); a state with no topology has the clip none.

  Scenario Outline: the session reaches the <state> state, with clip <clip>
    Given a session in the <state> state, with clip <clip>
    Then the session behaves as its state says

    Examples:
      | state        | clip       |
      | start failed | none       |
      | topology set | audio-only |
      | topology set | video-only |
      | topology set | av-long    |
      | topology set | av-heavy   |
      | started      | audio-only |
      | started      | video-only |
      | started      | av-long    |
      | started      | av-heavy   |
      | paused       | audio-only |
      | paused       | video-only |
      | paused       | av-long    |
      | paused       | av-heavy   |
      | stopped      | audio-only |
      | stopped      | video-only |
      | stopped      | av-long    |
      | stopped      | av-heavy   |
      | ended        | audio-only |
      | ended        | video-only |
      | ended        | av-long    |
      | ended        | av-heavy   |
