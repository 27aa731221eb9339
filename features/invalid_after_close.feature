@rule:INVALID-AFTER-CLOSE @required
Feature: Every other method fails with MF_E_INVALIDREQUEST after Close, and does nothing
  "All other methods return MF_E_INVALIDREQUEST, or else queue an event with that error code."
  Either form passes: the error returned directly, or S_OK followed by the method's event with
  status MF_E_INVALIDREQUEST. S_OK followed by a success event, by playback, by a running
  clock, or by no event at all fails.

  Scenario Outline: <method> after MESessionClosed is refused
    Given a session in the "closed" state
    When the application calls <method>
    Then the request is refused with MF_E_INVALIDREQUEST and not performed

    Examples:
      | method          |
      | SetTopology     |
      | ClearTopologies |
      | Start           |
      | Pause           |
      | Stop            |

  Scenario Outline: <method> while closing is refused
    Given a session in the "closing" state
    When the application calls <method>
    And the kit lets the held sample go
    Then the request is refused with MF_E_INVALIDREQUEST and not performed

    Examples:
      | method          |
      | SetTopology     |
      | ClearTopologies |
      | Start           |
      | Pause           |
      | Stop            |
