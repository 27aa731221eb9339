@rule:CLOSE-RETURNS-OK @required
Feature: Close returns S_OK on a session that has not been shut down
  The page lists S_OK as Close's result on success. Close is valid in every presentation state, so
  it must succeed whether the session is new, failed to start, has a topology, plays, pauses,
  stopped or ended, whatever the clip.

  The states are those of matrix.md: new, start failed, topology set, started, paused,
  stopped, ended, near its end (started 200 ms before the clip's end) and closing.
  A clip is one of the kit's four shapes: audio-only, video-only, av-long (audio and video) and
  av-heavy (1080p video with audio); a state with no topology has the clip none.

  Scenario Outline: Close in the <state> state, with clip <clip>, returns S_OK
    Given a session in the <state> state, with clip <clip>
    When the application calls Close
    Then the call returns S_OK

    Examples:
      | state        | clip       |
      | new          | none       |
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
