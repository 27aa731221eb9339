@rule:CLOSE-RACES-TRANSITION @interpretation
Feature: Close issued while a state change is in flight still completes once
  An application may call Close right after Start, Pause or Stop without waiting for their
  events (contract notes §4.7). Close must still return S_OK and complete with exactly one
  MESessionClosed.

  Scenario Outline: Close right after <method> from the <state> state
    Given a session in the "<state>" state
    When the application calls <method> and Close at once
    Then both calls return S_OK
    And exactly one MESessionClosed with status S_OK arrives

    Examples:
      | state        | method |
      | topology set | Start  |
      | started      | Pause  |
      | started      | Stop   |
      | paused       | Start  |
