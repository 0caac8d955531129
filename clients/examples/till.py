#!/usr/bin/env python3
"""A fruit shop's till in Python 3 with the standard library only: enrol a card, earn for a
receipt, survive a lost answer, meet a refusal, refund the purchase.

    JIFEN_URL=http://127.0.0.1:3000 JIFEN_KEY=jf_... python3 clients/examples/till.py
"""
import json
import os
import random
import time
import urllib.error
import urllib.request
import uuid

BASE_URL = os.environ.get("JIFEN_URL", "http://127.0.0.1:3000").rstrip("/")
API_KEY = os.environ["JIFEN_KEY"]
ATTEMPTS = 4


class JifenProblem(Exception):
    """A refusal: the API's problem+json answer; `code` is the stable, machine-readable part."""

    def __init__(self, status, body):
        self.status = status
        self.code = body.get("code", f"http_{status}")
        self.detail = body.get("detail", body.get("message", ""))
        super().__init__(f"{status} {self.code}: {self.detail}")


def call(method, path, body=None, idempotency_key=None):
    """One request, retried on network errors, 503 and 429 (honouring Retry-After), never on another refusal."""
    headers = {"Authorization": f"Bearer {API_KEY}", "Content-Type": "application/json"}
    if idempotency_key is not None:
        headers["Idempotency-Key"] = idempotency_key
    data = None if body is None else json.dumps(body).encode()
    # Without an Idempotency-Key a POST that may have arrived must not be sent again.
    repeatable = method != "POST" or idempotency_key is not None
    for attempt in range(1, ATTEMPTS + 1):
        request = urllib.request.Request(BASE_URL + path, data=data, method=method, headers=headers)
        try:
            with urllib.request.urlopen(request, timeout=10) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as error:
            answer = json.loads(error.read() or b"{}")
            if error.code not in (429, 503) or attempt == ATTEMPTS:
                raise JifenProblem(error.code, answer) from None
            retry_after = error.headers.get("Retry-After")
            time.sleep(int(retry_after) if retry_after and retry_after.isdigit() else backoff(attempt))
        except urllib.error.URLError:
            if not repeatable or attempt == ATTEMPTS:
                raise
            time.sleep(backoff(attempt))


def backoff(attempt):
    """Exponential backoff with full jitter, in seconds."""
    return random.uniform(0, min(10.0, 0.2 * 2 ** (attempt - 1)))


# The program's opaque id for the customer: the loyalty card's number, never a phone number.
member_id = os.environ.get("JIFEN_MEMBER", "card-6228480012345678")
call("PUT", f"/v1/members/{member_id}", {})

# The receipt's own id is the Idempotency-Key: sending the same receipt again cannot earn twice.
receipt = f"receipt-{uuid.uuid4()}"
purchase = {"memberId": member_id, "amountMinor": 12850, "reference": receipt}
earned = call("POST", "/v1/earn", purchase, idempotency_key=receipt)
print(f"earned {earned['points']} points, transaction {earned['transactionId']}")

again = call("POST", "/v1/earn", purchase, idempotency_key=receipt)
same = again["transactionId"] == earned["transactionId"]
print("sent again: the same transaction, no points moved" if same else "sent again: A NEW TRANSACTION")

try:
    call("POST", "/v1/redemptions", {"memberId": member_id, "rewardId": "gift-box"}, idempotency_key=str(uuid.uuid4()))
except JifenProblem as problem:
    print(f"redemption refused: {problem.code}")

refund = call("POST", "/v1/reversals", {"transactionId": earned["transactionId"], "reason": "returned"},
              idempotency_key=f"refund-{receipt}")
print(f"refunded {refund['points']} points")

member = call("GET", f"/v1/members/{member_id}")
print(f"balance {member['balances']['points']} points")
