@rule:SHUTDOWN-IS-FINAL @required
Feature: After Shutdown, every method of the session and of its event generator returns MF_E_SHUTDOWN
  Shutdown is synchronous; afterwards every method of the session and of its event generator
  returns MF_E_SHUTDOWN (contract notes §3), whatever state the session was shut down from. A
  GetEvent blocked on an empty queue when Shutdown is called returns MF_E_SHUTDOWN too.

  "shut down from X": the session was in state X and Shutdown returned S_OK ("closed" is
  closed from started; from closing, the kit lets the held sample go while Shutdown runs).
  "closed from X": the session was in state X; the kit read what GetClock, GetFullTopology,
  GetSessionCapabilities and LiveResources answered, called Close (from closing, let the held
  sample go instead) and took MESessionClosed with S_OK.
  "closing": the session is started, the kit holds the next sample inside its sink's
  onProcessSample (the held sample), and Close has returned S_OK; closing cannot complete
  until the kit lets the held sample go.

  Scenario Outline: every method after Shutdown, <state>, returns MF_E_SHUTDOWN
    Given a session in the <state> state, with clip <clip>
    When the application calls each of
      | SetTopology with a new topology              |
      | ClearTopologies                              |
      | Start at position 0                          |
      | Start from the current position              |
      | Pause                                        |
      | Stop                                         |
      | GetClock                                     |
      | GetSessionCapabilities                       |
      | GetFullTopology for the current presentation |
      | GetEvent with NO_WAIT                        |
      | BeginGetEvent with a callback of its own     |
      | QueueEvent with an event of its own          |
    Then every call returns MF_E_SHUTDOWN

    Examples:
      | state                       | clip    |
      | shut down from new          | none    |
      | shut down from start failed | none    |
      | shut down from topology set | av-long |
      | shut down from started      | av-long |
      | shut down from paused       | av-long |
      | shut down from stopped      | av-long |
      | shut down from ended        | av-long |
      | shut down from near its end | av-long |
      | shut down from closing      | av-long |
      | shut down from closed       | av-long |

  Scenario Outline: a GetEvent blocked when Shutdown comes returns MF_E_SHUTDOWN, <state>
    Given a session in the <state> state, with clip <clip>
    And the kit takes events with GetEvent instead of BeginGetEvent
    When the application calls GetEvent without NO_WAIT, and it blocks
    And the application calls Shutdown
    Then the blocked GetEvent returns MF_E_SHUTDOWN

    Examples: blocked GetEvent
      | state               | clip    |
      | closed from new     | none    |
      | closed from started | av-long |
