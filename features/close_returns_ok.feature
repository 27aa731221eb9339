@rule:CLOSE-RETURNS-OK @required
Feature: Close returns S_OK on a session that has not been shut down
  The page lists S_OK as Close's result on success. Close is valid in every presentation state,
  so it must succeed whether the session is new, has a topology, plays, pauses, stopped or ended.

  Scenario Outline: Close in the <state> state returns S_OK
    Given a session in the "<state>" state
    When the application calls Close
    Then the call returns S_OK

    Examples:
      | state        |
      | new          |
      | topology set |
      | started      |
      | paused       |
      | stopped      |
      | ended        |

  Scenario: Close while an audio-only clip plays returns S_OK
    Given a session in the "started" state playing "audio-only"
    When the application calls Close
    Then the call returns S_OK
