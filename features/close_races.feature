@rule:CLOSE-RACES-TRANSITION @required
Feature: Close issued while a state change is in flight still completes once
  An application may call Close right after Start, Pause, Stop or ClearTopologies without waiting
  for their events (contract notes §4.7; Windows does it in its own tests). Close must still
  return S_OK and complete with exactly one MESessionClosed. Stop, Close and Shutdown issued at
  once all return S_OK, and nothing plays once Shutdown has returned.

  "At once": each call is made as soon as the one before it has returned, without waiting for any
  event.

  A clip is one of the kit's four shapes: audio-only, video-only, av-long (audio and video) and
  av-heavy (1080p video with audio); a state with no topology has the clip none.

  Scenario Outline: <calls> at once, from <state>, with clip <clip>
    Given a session in the <state> state, with clip <clip>
    When the application calls <calls> at once
    Then every call returns S_OK
    And exactly one MESessionClosed with status S_OK arrives

    Examples:
      | state        | clip       | calls                                          |
      | topology set | av-long    | Start at position 0 and Close                  |
      | topology set | av-long    | Start at position 0, ClearTopologies and Close |
      | started      | audio-only | Stop and Close                                 |
      | started      | video-only | Stop and Close                                 |
      | started      | av-long    | Stop and Close                                 |
      | started      | av-heavy   | Stop and Close                                 |
      | started      | av-long    | Pause and Close                                |
      | paused       | av-long    | Start from the current position and Close      |
      | paused       | av-long    | Stop and Close                                 |

  Scenario Outline: <calls> at once, from <state>
    Given a session in the <state> state, with clip <clip>
    When the application calls <calls> at once
    Then every call returns S_OK
    And no sample reaches a sink after the last call returned

    Examples:
      | state   | clip    | calls                    |
      | started | av-long | Stop, Close and Shutdown |
      | paused  | av-long | Stop, Close and Shutdown |
      | stopped | av-long | Stop, Close and Shutdown |
