@rule:CLOSE-FROM-CALLBACK @recommended
Feature: Close called from inside the event callback does not deadlock
  Applications commonly react to an event by closing the session from inside the event
  callback. Close must return at once there too, and closing must complete.

  Scenario Outline: Close from inside the callback that delivers <event>
    Given a session in the "<state>" state
    And the kit will call Close from inside the event callback that delivers <event>
    When the application calls <method>
    Then Close called from inside the callback returns S_OK
    And exactly one MESessionClosed with status S_OK arrives

    Examples:
      | state        | method | event            |
      | topology set | Start  | MESessionStarted |
      | started      | Pause  | MESessionPaused  |
