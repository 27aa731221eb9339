@rule:SECOND-CLOSE @interpretation
Feature: A second Close is refused like every other method
  Close is not on its own list of methods that stay valid after Close (contract notes §4.3), so a
  second Close fails with MF_E_INVALIDREQUEST, directly or as the status of a second
  MESessionClosed; no successful MESessionClosed answers it, however late. A second Close while
  closing must not cancel the first: the first still completes with its MESessionClosed S_OK.

  "closing": the session is started, the kit holds the next sample inside its sink's
  onProcessSample (the held sample), and Close has returned S_OK; closing cannot complete
  until the kit lets the held sample go.
  "closed from X": the session was in state X; the kit read what GetClock, GetFullTopology,
  GetSessionCapabilities and LiveResources answered, called Close (from closing, let the held
  sample go instead) and took MESessionClosed with S_OK.
  "Stood still": for a quiet window after MESessionClosed, no sample reached a sink, no event of
  the session's own arrived and its clock did not move; otherwise what follows could not be told
  from what Close left behind, and the scenario is BLOCKED on the rule that checks that.
  "To the end": from the moment it is forbidden until the scenario's teardown (Shutdown) has
  returned; the quiet window is the shortest watch, not the whole of it.

  Scenario Outline: Close after MESessionClosed, <state>, is refused
    Given a session in the <state> state, with clip <clip>
    And the closed session has stood still for the quiet window: no sample, no event of its own, and its clock not running
    When the application calls Close
    Then the request is refused with MF_E_INVALIDREQUEST and not performed

    Examples:
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

  Scenario Outline: Close while closing is refused, and the first Close still completes
    Given a session in the <state> state, with clip <clip>
    When the application calls Close
    And the kit lets the held sample go
    Then the first Close still completes with MESessionClosed with status S_OK
    And the request is refused with MF_E_INVALIDREQUEST and not performed

    Examples: while closing
      | state   | clip    |
      | closing | av-long |
