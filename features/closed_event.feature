@rule:CLOSE-ONE-CLOSED-EVENT @required
Feature: Every successful Close is followed by exactly one MESessionClosed with status S_OK
  The session "sends an MESessionClosed event" when closing completes: one event, with a
  success status, for each Close that returned S_OK.

  Scenario Outline: Close in the <state> state completes with one MESessionClosed
    Given a session in the "<state>" state
    When the application calls Close
    Then the call returns S_OK
    And exactly one MESessionClosed with status S_OK arrives

    Examples:
      | state        |
      | new          |
      | topology set |
      | started      |
      | paused       |
      | stopped      |
      | ended        |

  Scenario: Close while a sink holds a sample completes with one MESessionClosed once it is let go
    Given a session in the "closing" state
    When the kit lets the held sample go
    Then exactly one MESessionClosed with status S_OK arrives

  Scenario: Close while a large clip decodes completes with one MESessionClosed
    Given a session in the "started" state playing "av-heavy"
    When the application calls Close
    Then the call returns S_OK
    And exactly one MESessionClosed with status S_OK arrives
