@rule:CLOSE-ONE-CLOSED-EVENT @required
Feature: Every successful Close is followed by exactly one MESessionClosed with status S_OK
  The session "sends an MESessionClosed event" when closing completes: one event, with a success
  status, for each Close that returned S_OK, from every state and with every clip. A second one is
  forbidden to the end of the scenario. A Close that did not return S_OK owes no MESessionClosed:
  its scenario is BLOCKED, and CLOSE-RETURNS-OK shows why.

  The states are those of matrix.md: new, start failed, topology set, started, paused,
  stopped, ended, near its end (started 200 ms before the clip's end) and closing.
  "closing": the session is started, the kit holds the next sample inside its sink's
  onProcessSample (the held sample), and Close has returned S_OK; closing cannot complete
  until the kit lets the held sample go.
  A clip is one of the kit's four shapes: audio-only, video-only, av-long (audio and video) and
  av-heavy (1080p video with audio); a state with no topology has the clip none.
  "To the end": from the moment it is forbidden until the scenario's teardown (Shutdown) has
  returned; the quiet window is the shortest watch, not the whole of it.

  Scenario Outline: Close in the <state> state, with clip <clip>, completes with one MESessionClosed
    Given a session in the <state> state, with clip <clip>
    When the application calls Close
    Then exactly one MESessionClosed with status S_OK arrives

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
      | near its end | audio-only |
      | near its end | video-only |
      | near its end | av-long    |
      | near its end | av-heavy   |

  Scenario Outline: Close while a sink holds a sample of <clip> completes with one MESessionClosed once it is let go
    Given a session in the <state> state, with clip <clip>
    When the kit lets the held sample go
    Then exactly one MESessionClosed with status S_OK arrives

    Examples:
      | state   | clip       |
      | closing | audio-only |
      | closing | video-only |
      | closing | av-long    |
      | closing | av-heavy   |
