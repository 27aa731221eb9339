@rule:SECOND-CLOSE @interpretation
Feature: A second Close is refused like every other method
  Close is not on its own list of methods that stay valid after Close (contract notes §4.3),
  so a second Close fails with MF_E_INVALIDREQUEST, directly or as the status of a second
  MESessionClosed.

  Scenario: Close after MESessionClosed is refused
    Given a session in the "closed" state
    When the application calls Close
    Then the request is refused with MF_E_INVALIDREQUEST and not performed

  Scenario: Close while closing is refused, and the first Close still completes
    Given a session in the "closing" state
    When the application calls Close
    And the kit lets the held sample go
    Then the request is refused with MF_E_INVALIDREQUEST and not performed
