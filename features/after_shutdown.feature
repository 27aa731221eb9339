Feature: After Shutdown, Close and every other method return MF_E_SHUTDOWN
  The page lists MF_E_SHUTDOWN: "The Media Session has been shut down." Shutdown is
  synchronous; afterwards every method of the session and of its event generator returns
  MF_E_SHUTDOWN (contract notes §3 and §4.6).

  @rule:CLOSE-AFTER-SHUTDOWN @required
  Scenario Outline: Close after Shutdown from the <state> state returns MF_E_SHUTDOWN
    Given a session in the "<state>" state
    And the application has shut the session down
    When the application calls Close
    Then the call returns MF_E_SHUTDOWN

    Examples:
      | state        |
      | new          |
      | topology set |
      | started      |
      | paused       |
      | closed       |

  @rule:SHUTDOWN-IS-FINAL @required
  Scenario Outline: <method> after Shutdown returns MF_E_SHUTDOWN
    Given a session in the "started" state
    And the application has shut the session down
    When the application calls <method>
    Then the call returns MF_E_SHUTDOWN

    Examples:
      | method                 |
      | SetTopology            |
      | ClearTopologies        |
      | Start                  |
      | Pause                  |
      | Stop                   |
      | GetClock               |
      | GetSessionCapabilities |
      | GetFullTopology        |
      | GetEvent               |
      | BeginGetEvent          |
      | QueueEvent             |

  @rule:SHUTDOWN-WITHOUT-CLOSE @interpretation
  Scenario: Shutdown without Close stops playback before it returns
    Given a session in the "started" state
    When the application calls Shutdown
    Then the call returns S_OK
    And no sample reaches a sink after the call returned

  @rule:SHUTDOWN-WITHOUT-CLOSE @interpretation
  Scenario: a second Shutdown returns MF_E_SHUTDOWN
    Given a session in the "started" state
    And the application has shut the session down
    When the application calls Shutdown
    Then the call returns MF_E_SHUTDOWN
