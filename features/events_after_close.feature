@rule:EVENTS-AFTER-CLOSE @interpretation
Feature: The event generator stays usable after Close
  The allowed list names no event-generator method, yet MESessionClosed can only be taken
  through them (contract notes §4.1). The kit's reading: they keep their documented results
  after Close, until Shutdown.

  Scenario: BeginGetEvent and EndGetEvent deliver an event queued after MESessionClosed
    Given a session in the "closed" state
    When the application calls QueueEvent
    Then the call returns S_OK
    And the queued event arrives through BeginGetEvent and EndGetEvent

  Scenario: GetEvent with NO_WAIT on the drained queue returns MF_E_NO_EVENTS_AVAILABLE after Close
    Given a session in the "closed" state
    And the kit takes events with GetEvent instead of BeginGetEvent
    When the application calls GetEvent
    Then the call returns MF_E_NO_EVENTS_AVAILABLE

  Scenario: a blocking GetEvent returns an event queued after Close
    Given a session in the "closed" state
    And the kit takes events with GetEvent instead of BeginGetEvent
    When the application calls QueueEvent
    Then the call returns S_OK
    And a blocking GetEvent returns the queued event

  Scenario: a second subscriber is still refused after Close
    Given a session in the "closed" state
    And the kit's own BeginGetEvent is pending
    When the application calls BeginGetEvent
    Then the call returns MF_E_MULTIPLE_SUBSCRIBERS
