@rule:INVALID-AFTER-CLOSE @required
Feature: Every other method fails with MF_E_INVALIDREQUEST after Close, and does nothing
  "All other methods return MF_E_INVALIDREQUEST, or else queue an event with that error code."
  Either form passes: the error returned directly, or S_OK followed by the method's event with
  status MF_E_INVALIDREQUEST. The call is never performed, to the end of the scenario: a success
  event of its kind fails however late it comes, and from a closed session that stood still for a
  quiet window (so that what Close left running is not blamed on the call), a sample or a running
  clock fails too. S_OK followed by no event at all fails.

  While closing, a success event of the call's kind before MESessionClosed may be the closing
  pipeline's own, and is not blamed on the call; samples and the clock are then CLOSE-STOPS-SAMPLES'
  and CLOSE-STOPS-CLOCK's, checked from closed from closing.

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

  Scenario Outline: <call> after MESessionClosed, <state>, is refused
    Given a session in the <state> state, with clip <clip>
    And the closed session has stood still for the quiet window: no sample, no event of its own, and its clock not running
    When the application calls <call>
    Then the request is refused with MF_E_INVALIDREQUEST and not performed

    Examples:
      | state                    | clip    | call                            |
      | closed from new          | none    | SetTopology with a new topology |
      | closed from new          | none    | ClearTopologies                 |
      | closed from new          | none    | Start at position 0             |
      | closed from new          | none    | Start from the current position |
      | closed from new          | none    | Pause                           |
      | closed from new          | none    | Stop                            |
      | closed from start failed | none    | SetTopology with a new topology |
      | closed from start failed | none    | ClearTopologies                 |
      | closed from start failed | none    | Start at position 0             |
      | closed from start failed | none    | Start from the current position |
      | closed from start failed | none    | Pause                           |
      | closed from start failed | none    | Stop                            |
      | closed from topology set | av-long | SetTopology with a new topology |
      | closed from topology set | av-long | ClearTopologies                 |
      | closed from topology set | av-long | Start at position 0             |
      | closed from topology set | av-long | Start from the current position |
      | closed from topology set | av-long | Pause                           |
      | closed from topology set | av-long | Stop                            |
      | closed from started      | av-long | SetTopology with a new topology |
      | closed from started      | av-long | ClearTopologies                 |
      | closed from started      | av-long | Start at position 0             |
      | closed from started      | av-long | Start from the current position |
      | closed from started      | av-long | Pause                           |
      | closed from started      | av-long | Stop                            |
      | closed from paused       | av-long | SetTopology with a new topology |
      | closed from paused       | av-long | ClearTopologies                 |
      | closed from paused       | av-long | Start at position 0             |
      | closed from paused       | av-long | Start from the current position |
      | closed from paused       | av-long | Pause                           |
      | closed from paused       | av-long | Stop                            |
      | closed from stopped      | av-long | SetTopology with a new topology |
      | closed from stopped      | av-long | ClearTopologies                 |
      | closed from stopped      | av-long | Start at position 0             |
      | closed from stopped      | av-long | Start from the current position |
      | closed from stopped      | av-long | Pause                           |
      | closed from stopped      | av-long | Stop                            |
      | closed from ended        | av-long | SetTopology with a new topology |
      | closed from ended        | av-long | ClearTopologies                 |
      | closed from ended        | av-long | Start at position 0             |
      | closed from ended        | av-long | Start from the current position |
      | closed from ended        | av-long | Pause                           |
      | closed from ended        | av-long | Stop                            |
      | closed from near its end | av-long | SetTopology with a new topology |
      | closed from near its end | av-long | ClearTopologies                 |
      | closed from near its end | av-long | Start at position 0             |
      | closed from near its end | av-long | Start from the current position |
      | closed from near its end | av-long | Pause                           |
      | closed from near its end | av-long | Stop                            |
      | closed from closing      | av-long | SetTopology with a new topology |
      | closed from closing      | av-long | ClearTopologies                 |
      | closed from closing      | av-long | Start at position 0             |
      | closed from closing      | av-long | Start from the current position |
      | closed from closing      | av-long | Pause                           |
      | closed from closing      | av-long | Stop                            |

  Scenario Outline: <call> while closing is refused
    Given a session in the <state> state, with clip <clip>
    When the application calls <call>
    And the kit lets the held sample go
    Then the request is refused with MF_E_INVALIDREQUEST and not performed

    Examples:
      | state   | clip    | call                            |
      | closing | av-long | SetTopology with a new topology |
      | closing | av-long | ClearTopologies                 |
      | closing | av-long | Start at position 0             |
      | closing | av-long | Start from the current position |
      | closing | av-long | Pause                           |
      | closing | av-long | Stop                            |
