@rule:ALLOWED-AFTER-CLOSE @required
Feature: GetClock, GetFullTopology, GetSessionCapabilities and Shutdown stay valid after Close
  "After the Close method is called, the only valid methods on the Media Session are" GetClock,
  GetFullTopology, GetSessionCapabilities and Shutdown. Valid means they answer as before: GetClock
  gives the same clock as just before Close, GetFullTopology the same answer (a session that never
  had a topology may refuse again, as Wine does), GetSessionCapabilities succeeds and can only lose
  capabilities (Wine drops START, SEEK and PAUSE), and Shutdown returns S_OK. None answers
  MF_E_SHUTDOWN before Shutdown.

  "closing": the session is started, the kit holds the next sample inside its sink's
  onProcessSample (the held sample), and Close has returned S_OK; closing cannot complete
  until the kit lets the held sample go.
  "closed from X": the session was in state X; the kit read what GetClock, GetFullTopology,
  GetSessionCapabilities and LiveResources answered, called Close (from closing, let the held
  sample go instead) and took MESessionClosed with S_OK.
  A clip is one of the kit's four shapes: audio-only, video-only, av-long (audio and video) and
  av-heavy (1080p video with audio); a state with no topology has the clip none.
  Shutdown while closing may rightly wait for the sink callback the kit holds: the kit lets the
  held sample go a quiet window after calling it.

  Scenario Outline: <call> after MESessionClosed, <state>, answers as before Close
    Given a session in the <state> state, with clip <clip>
    When the application calls <call>
    Then the call is valid, and answers as it did before Close

    Examples:
      | state                    | clip    | call                                         |
      | closed from new          | none    | GetClock                                     |
      | closed from new          | none    | GetFullTopology for the current presentation |
      | closed from new          | none    | GetSessionCapabilities                       |
      | closed from new          | none    | Shutdown                                     |
      | closed from start failed | none    | GetClock                                     |
      | closed from start failed | none    | GetFullTopology for the current presentation |
      | closed from start failed | none    | GetSessionCapabilities                       |
      | closed from start failed | none    | Shutdown                                     |
      | closed from topology set | av-long | GetClock                                     |
      | closed from topology set | av-long | GetFullTopology for the current presentation |
      | closed from topology set | av-long | GetSessionCapabilities                       |
      | closed from topology set | av-long | Shutdown                                     |
      | closed from started      | av-long | GetClock                                     |
      | closed from started      | av-long | GetFullTopology for the current presentation |
      | closed from started      | av-long | GetSessionCapabilities                       |
      | closed from started      | av-long | Shutdown                                     |
      | closed from paused       | av-long | GetClock                                     |
      | closed from paused       | av-long | GetFullTopology for the current presentation |
      | closed from paused       | av-long | GetSessionCapabilities                       |
      | closed from paused       | av-long | Shutdown                                     |
      | closed from stopped      | av-long | GetClock                                     |
      | closed from stopped      | av-long | GetFullTopology for the current presentation |
      | closed from stopped      | av-long | GetSessionCapabilities                       |
      | closed from stopped      | av-long | Shutdown                                     |
      | closed from ended        | av-long | GetClock                                     |
      | closed from ended        | av-long | GetFullTopology for the current presentation |
      | closed from ended        | av-long | GetSessionCapabilities                       |
      | closed from ended        | av-long | Shutdown                                     |
      | closed from near its end | av-long | GetClock                                     |
      | closed from near its end | av-long | GetFullTopology for the current presentation |
      | closed from near its end | av-long | GetSessionCapabilities                       |
      | closed from near its end | av-long | Shutdown                                     |
      | closed from closing      | av-long | GetClock                                     |
      | closed from closing      | av-long | GetFullTopology for the current presentation |
      | closed from closing      | av-long | GetSessionCapabilities                       |
      | closed from closing      | av-long | Shutdown                                     |

  Scenario Outline: <call> while closing answers as before Close
    Given a session in the <state> state, with clip <clip>
    When the application calls <call>
    Then the call is valid, and answers as it did before Close

    Examples:
      | state   | clip    | call                                         |
      | closing | av-long | GetClock                                     |
      | closing | av-long | GetFullTopology for the current presentation |
      | closing | av-long | GetSessionCapabilities                       |

  Scenario Outline: Shutdown while closing returns S_OK
    Given a session in the <state> state, with clip <clip>
    When the application calls Shutdown, and the kit lets the held sample go while Shutdown runs
    Then the call is valid, and answers as it did before Close

    Examples: Shutdown
      | state   | clip    |
      | closing | av-long |
