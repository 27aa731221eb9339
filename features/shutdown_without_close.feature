@rule:SHUTDOWN-WITHOUT-CLOSE @interpretation
Feature: Shutdown without Close stops everything before it returns
  Shutdown is synchronous and allowed at any time (contract notes §4.6): without Close it returns
  S_OK, and from its return to the end of the scenario no sample reaches a sink. A second Shutdown
  returns MF_E_SHUTDOWN (observed on Windows).

  The states are those of matrix.md: new, start failed, topology set, started, paused,
  stopped, ended, near its end (started 200 ms before the clip's end) and closing.
  "shut down from X": the session was in state X and Shutdown returned S_OK ("closed" is
  closed from started; from closing, the kit lets the held sample go while Shutdown runs).
  A clip is one of the kit's four shapes: audio-only, video-only, av-long (audio and video) and
  av-heavy (1080p video with audio); a state with no topology has the clip none.
  "To the end": from the moment it is forbidden until the scenario's teardown (Shutdown) has
  returned; the quiet window is the shortest watch, not the whole of it.

  Scenario Outline: Shutdown without Close, from <state>, with clip <clip>, stops playback before it returns
    Given a session in the <state> state, with clip <clip>
    When the application calls Shutdown
    Then the call returns S_OK
    And no sample reaches a sink after the last call returned

    Examples:
      | state        | clip       |
      | new          | none       |
      | start failed | none       |
      | topology set | av-long    |
      | started      | audio-only |
      | started      | video-only |
      | started      | av-long    |
      | started      | av-heavy   |
      | paused       | av-long    |
      | stopped      | av-long    |
      | ended        | av-long    |

  Scenario Outline: a second Shutdown, <state>, returns MF_E_SHUTDOWN
    Given a session in the <state> state, with clip <clip>
    When the application calls Shutdown
    Then the call returns MF_E_SHUTDOWN

    Examples:
      | state                  | clip    |
      | shut down from new     | none    |
      | shut down from started | av-long |
