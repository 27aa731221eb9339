@rule:CLOSE-FROM-CALLBACK @recommended
Feature: Close called from inside the event callback does not deadlock
  Applications commonly react to an event by closing the session from inside the event callback:
  when it starts, pauses or stops, and when the clip ends. Close must return at once there too, and
  closing must complete.

  The states are those of matrix.md: new, start failed, topology set, started, paused,
  stopped, ended, near its end (started 200 ms before the clip's end) and closing.

  Scenario Outline: Close from inside the callback that delivers <event>
    Given a session in the <state> state, with clip <clip>
    And the kit will call Close from inside the event callback that delivers <event>
    When the application calls <call>
    Then Close called from inside the callback returns S_OK
    And exactly one MESessionClosed with status S_OK arrives

    Examples:
      | state        | clip    | call                | event            |
      | topology set | av-long | Start at position 0 | MESessionStarted |
      | started      | av-long | Pause               | MESessionPaused  |
      | started      | av-long | Stop                | MESessionStopped |

  Scenario Outline: Close from inside the callback that delivers MESessionEnded
    Given a session in the <state> state, with clip <clip>
    And the kit will call Close from inside the event callback that delivers MESessionEnded
    When the clip plays to its end
    Then Close called from inside the callback returns S_OK
    And exactly one MESessionClosed with status S_OK arrives

    Examples: at the end
      | state        | clip    |
      | near its end | av-long |
