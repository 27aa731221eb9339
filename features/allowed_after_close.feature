@rule:ALLOWED-AFTER-CLOSE @required
Feature: GetClock, GetFullTopology, GetSessionCapabilities and Shutdown stay valid after Close
  "After the Close method is called, the only valid methods on the Media Session are":
  GetClock, GetFullTopology, GetSessionCapabilities and Shutdown. The page does not say what
  they return; the kit's reading (contract notes §4.5): they must not fail with
  MF_E_INVALIDREQUEST, a success must carry its value, GetSessionCapabilities succeeds (it may
  drop START and SEEK) and Shutdown returns S_OK.

  "closing" is Close called while the kit holds a sample in a sink, before MESessionClosed.
  Shutdown is not called in that state: it is synchronous, and may rightly wait for the sink
  callback the kit is holding.

  Scenario Outline: <method> is valid in the <state> state
    Given a session in the "<state>" state
    When the application calls <method>
    Then the call is valid after Close

    Examples:
      | state   | method                 |
      | closed  | GetClock               |
      | closed  | GetFullTopology        |
      | closed  | GetSessionCapabilities |
      | closed  | Shutdown               |
      | closing | GetClock               |
      | closing | GetFullTopology        |
      | closing | GetSessionCapabilities |
