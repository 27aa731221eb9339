@rule:EVENTS-AFTER-CLOSE @required
Feature: BeginGetEvent and EndGetEvent keep delivering events after Close
  MESessionClosed can only be taken through the event generator, and Windows keeps it working
  after Close: BeginGetEvent returns S_OK and EndGetEvent delivers later events, such as the
  MESessionTopologiesCleared that answers ClearTopologies. The kit's own BeginGetEvent loop is the
  application here: from MESessionClosed to the end of the scenario it keeps being answered, and a
  BeginGetEvent stays pending. Close must not shut the generator down; that is Shutdown's job.

  "closing": the session is started, the kit holds the next sample inside its sink's
  onProcessSample (the held sample), and Close has returned S_OK; closing cannot complete
  until the kit lets the held sample go.
  "closed from X": the session was in state X; the kit read what GetClock, GetFullTopology,
  GetSessionCapabilities and LiveResources answered, called Close (from closing, let the held
  sample go instead) and took MESessionClosed with S_OK.
  "To the end": from the moment it is forbidden until the scenario's teardown (Shutdown) has
  returned; the quiet window is the shortest watch, not the whole of it.

  Scenario Outline: the generator keeps delivering after MESessionClosed, <state>
    Given a session in the <state> state, with clip <clip>
    When the application calls ClearTopologies
    Then BeginGetEvent and EndGetEvent keep delivering events after MESessionClosed

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

  Scenario Outline: the generator delivers MESessionClosed and keeps going, when ClearTopologies is called while closing
    Given a session in the <state> state, with clip <clip>
    When the application calls ClearTopologies
    And the kit lets the held sample go
    Then BeginGetEvent and EndGetEvent keep delivering events after MESessionClosed

    Examples:
      | state   | clip    |
      | closing | av-long |
