"""Every websocket message, both ways, as a pydantic model: the protocol's single source.

A client message id (`id`) makes a resend after a reconnect harmless; a server sequence
number (`seq`, the turn number) lets a reconnecting client say what it last saw.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, TypeAdapter

from osce.models.encounter import Stage
from osce.models.transcript import Action, Grounding

MAX_TEXT = 4096  # characters of student text in one message
ClientId = Annotated[str, Field(min_length=1, max_length=64, pattern=r"^[A-Za-z0-9._:-]+$")]


class ClientMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Hello(ClientMessage):
    """Optional first message: the last sequence number this client has seen."""

    type: Literal["hello"]
    last_seq: int = Field(default=0, ge=0)


class Say(ClientMessage):
    type: Literal["say"]
    id: ClientId
    text: str = Field(min_length=1, max_length=MAX_TEXT)


class Examine(ClientMessage):
    type: Literal["examine"]
    id: ClientId
    text: str = Field(min_length=1, max_length=MAX_TEXT)


class Order(ClientMessage):
    type: Literal["order"]
    id: ClientId
    text: str = Field(min_length=1, max_length=MAX_TEXT)


class End(ClientMessage):
    type: Literal["end"]
    id: ClientId


class Ping(ClientMessage):
    type: Literal["ping"]


Incoming = Annotated[Hello | Say | Examine | Order | End | Ping, Field(discriminator="type")]
INCOMING: TypeAdapter[Hello | Say | Examine | Order | End | Ping] = TypeAdapter(Incoming)
ACTIONS = {"say": Action.say, "examine": Action.examine, "order": Action.order,
           "end": Action.end}


class ServerMessage(BaseModel):
    pass


class State(ServerMessage):
    """Sent on connect and whenever the stage changes (a timer event when a deadline moved it)."""

    type: Literal["state"] = "state"
    stage: Stage
    deadline: float | None  # epoch seconds by the server's clock
    server_time: float  # so a client with a wrong clock still counts down right
    last_seq: int
    reason: str = ""  # "connected", "deadline", "ended", "note"


class Ack(ServerMessage):
    """The turn is stored: it will not be lost, and resending `id` will not repeat it."""

    type: Literal["ack"] = "ack"
    id: str
    seq: int
    action: Action
    text: str
    duplicate: bool = False


class TextPieceMessage(ServerMessage):
    """Reply text the engine has released as final; pieces of one reply share `seq`."""

    type: Literal["text"] = "text"
    seq: int
    text: str


class ReplyMessage(ServerMessage):
    """The whole reply. `grounding` is filled in the staff view only."""

    type: Literal["reply"] = "reply"
    seq: int
    text: str
    # said to the student when the reply is not the usual one (the model was unreachable and
    # the case script answered): shown beside the reply, never part of the transcript
    notice: str | None = None
    grounding: Grounding | None = None


class ErrorMessage(ServerMessage):
    type: Literal["error"] = "error"
    code: Literal["bad_json", "bad_message", "too_long", "rate_limited", "stage", "server",
                  "not_found"]
    message: str
    id: str | None = None


class Pong(ServerMessage):
    type: Literal["pong"] = "pong"
