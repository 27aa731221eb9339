@rule:CLOSE-AFTER-SHUTDOWN @required
Feature: After Shutdown, Close returns MF_E_SHUTDOWN
  The page lists MF_E_SHUTDOWN: "The Media Session has been shut down." Whatever state the session
  was shut down from, Close then returns MF_E_SHUTDOWN.

  "shut down from X": the session was in state X and Shutdown returned S_OK ("closed" is
  closed from started; from closing, the kit lets the held sample go while Shutdown runs).
  "closing": the session is started, the kit holds the next sample inside its sink's
  onProcessSample (the held sample), and Close has returned S_OK; closing cannot complete
  until the kit lets the held sample go.

  Scenario Outline: Close after Shutdown, <state>, returns MF_E_SHUTDOWN
    Given a session in the <state> state, with clip <clip>
    When the application calls Close
    Then the call returns MF_E_SHUTDOWN

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
