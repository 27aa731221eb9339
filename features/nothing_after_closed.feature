@rule:NOTHING-AFTER-CLOSED @interpretation
Feature: Nothing the session does on its own follows MESessionClosed
  MESessionClosed is the last event the session queues of its own accord (contract notes
  §4.4): no MESessionEnded, no late state change, no playback event after it.

  Scenario Outline: nothing follows MESessionClosed when closing from <state>
    Given a session in the "<state>" state
    When the application calls Close
    Then the call returns S_OK
    And no self-caused event follows MESessionClosed

    Examples:
      | state         |
      | started       |
      | paused        |
      | near its end  |
