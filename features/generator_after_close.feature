@rule:GENERATOR-AFTER-CLOSE @interpretation
Feature: The event generator keeps its documented results after Close
  The allowed list names no event-generator method, yet MESessionClosed can only be taken through
  them (contract notes §4.1). The kit's reading: GetEvent, QueueEvent and the one-subscriber rule
  keep their documented results after Close, until Shutdown.

  "The kit takes events with GetEvent": the kit queues an event of its own to complete its pending
  BeginGetEvent, and asks for no more; the application then calls GetEvent itself.

  "closed from X": the session was in state X; the kit read what GetClock, GetFullTopology,
  GetSessionCapabilities and LiveResources answered, called Close (from closing, let the held
  sample go instead) and took MESessionClosed with S_OK.
  "Stood still": for a quiet window after MESessionClosed, no sample reached a sink, no event of
  the session's own arrived and its clock did not move; otherwise what follows could not be told
  from what Close left behind, and the scenario is BLOCKED on the rule that checks that.

  Scenario Outline: an event queued after MESessionClosed arrives through BeginGetEvent and EndGetEvent, <state>
    Given a session in the <state> state, with clip <clip>
    And the closed session has stood still for the quiet window: no sample, no event of its own, and its clock not running
    When the application calls QueueEvent with an event of its own
    Then the call returns S_OK
    And the queued event arrives through BeginGetEvent and EndGetEvent

    Examples: QueueEvent
      | state                    | clip    |
      | closed from new          | none    |
      | closed from start failed | none    |
      | closed from topology set | av-long |
      | closed from started      | av-long |
      | closed from paused       | av-long |
      | closed from stopped      | av-long |
      | closed from ended        | av-long |
      | closed from near its end | av-long |
      | closed from closing      | av-long |

  Scenario Outline: GetEvent with NO_WAIT on the drained queue returns MF_E_NO_EVENTS_AVAILABLE, <state>
    Given a session in the <state> state, with clip <clip>
    And the closed session has stood still for the quiet window: no sample, no event of its own, and its clock not running
    And the kit takes events with GetEvent instead of BeginGetEvent
    When the application calls GetEvent with NO_WAIT
    Then GetEvent with NO_WAIT finds the queue empty: MF_E_NO_EVENTS_AVAILABLE

    Examples: NO_WAIT
      | state                    | clip    |
      | closed from new          | none    |
      | closed from start failed | none    |
      | closed from topology set | av-long |
      | closed from started      | av-long |
      | closed from paused       | av-long |
      | closed from stopped      | av-long |
      | closed from ended        | av-long |
      | closed from near its end | av-long |
      | closed from closing      | av-long |

  Scenario Outline: a blocking GetEvent returns an event queued after Close, <state>
    Given a session in the <state> state, with clip <clip>
    And the closed session has stood still for the quiet window: no sample, no event of its own, and its clock not running
    And the kit takes events with GetEvent instead of BeginGetEvent
    When the application calls QueueEvent with an event of its own
    Then the call returns S_OK
    And a blocking GetEvent returns the queued event

    Examples: blocking GetEvent
      | state                    | clip    |
      | closed from new          | none    |
      | closed from start failed | none    |
      | closed from topology set | av-long |
      | closed from started      | av-long |
      | closed from paused       | av-long |
      | closed from stopped      | av-long |
      | closed from ended        | av-long |
      | closed from near its end | av-long |
      | closed from closing      | av-long |

  Scenario Outline: a second subscriber is still refused after Close, <state>
    Given a session in the <state> state, with clip <clip>
    And the closed session has stood still for the quiet window: no sample, no event of its own, and its clock not running
    And the kit's own BeginGetEvent is pending
    When the application calls BeginGetEvent with a callback of its own
    Then the application's BeginGetEvent is refused with MF_E_MULTIPLE_SUBSCRIBERS

    Examples: second subscriber
      | state                    | clip    |
      | closed from new          | none    |
      | closed from start failed | none    |
      | closed from topology set | av-long |
      | closed from started      | av-long |
      | closed from paused       | av-long |
      | closed from stopped      | av-long |
      | closed from ended        | av-long |
      | closed from near its end | av-long |
      | closed from closing      | av-long |
