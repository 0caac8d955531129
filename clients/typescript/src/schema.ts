// Generated from openapi.json by `npm run openapi`: the client's calls are typed by the API's own document.
export type paths = {
    "/problems/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What an error code means
         * @description No key needed. The page a problem+json `type` names: the code, its status, its meaning and whether it is remembered under the Idempotency-Key.
         */
        get: operations["get-problem"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/adjustments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Adjust a balance by hand
         * @description The admin (operator) key.
         */
        post: operations["adjust-points"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the audit trail of operator writes
         * @description The admin (operator) key.
         */
        get: operations["list-audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/badge-sets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List badge sets
         * @description The admin (operator) key.
         */
        get: operations["list-badge-sets"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/badge-sets/{setId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a badge set
         * @description The admin (operator) key.
         */
        put: operations["put-badge-set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/badges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List badges
         * @description The admin (operator) key.
         */
        get: operations["list-badges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/badges/{badgeId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a badge
         * @description The admin (operator) key.
         */
        put: operations["put-badge"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List flags raised by velocity limits
         * @description The admin (operator) key. Without `status`, open and cleared flags; without `memberId`, every member’s. Newest first.
         */
        get: operations["list-flags"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/flags/{flagId}/clear": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Clear a flag
         * @description The admin (operator) key. The flag stays on record with `status: "cleared"`; clearing it again is 200 too.
         */
        post: operations["clear-flag"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/games": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List games
         * @description The admin (operator) key.
         */
        get: operations["list-games"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/games/{gameId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a scratch card or prize wheel
         * @description The admin (operator) key. Each prize gives exactly one of `points` or `rewardId` (goods). Creating the game shuffles its urn and publishes the commitment; before the first play a change of prizes or blanks reshuffles it; after it only an earlier `endsAt` is accepted.
         */
        put: operations["put-game"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/jobs/{job}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Run a scheduled job now
         * @description The admin (operator) key.
         */
        post: operations["run-job"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Revoke a merchant API key
         * @description The admin (operator) key.
         */
        delete: operations["revoke-key"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{memberId}/birthday": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Record a member's birthday
         * @description The admin (operator) key.
         */
        put: operations["set-birthday"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{memberId}/credit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set a member's credit standing
         * @description The admin (operator) key.
         */
        put: operations["set-credit-standing"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{memberId}/freeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Freeze a member
         * @description The admin (operator) key.
         */
        post: operations["freeze-member"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{memberId}/spend-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a member's one-time spend code
         * @description The admin (operator) key. For the operator's member app, once it has authenticated the member: 8 digits, valid 120 s for one spend at any merchant where the program asks for the member's consent. A new code voids the previous one; only its hash is kept, and the audit trail records the issue without the code.
         */
        post: operations["issue-spend-code"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/members/{memberId}/unfreeze": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Unfreeze a member
         * @description The admin (operator) key.
         */
        post: operations["unfreeze-member"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List merchants
         * @description The admin (operator) key.
         */
        get: operations["list-merchants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a merchant
         * @description The admin (operator) key.
         */
        get: operations["get-merchant"];
        /**
         * Create or update a merchant
         * @description The admin (operator) key.
         */
        put: operations["put-merchant"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/merchants/{merchantId}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a merchant's API keys
         * @description The admin (operator) key.
         */
        get: operations["list-merchant-keys"];
        put?: never;
        /**
         * Issue a merchant API key
         * @description The admin (operator) key. The body is optional. With `expiresAt` (in the future, at most 2 years ahead) the key answers 401 `unauthenticated` from that instant; without it the key works until revoked.
         */
        post: operations["create-merchant-key"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/program": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the program
         * @description The admin (operator) key.
         */
        get: operations["get-program"];
        /**
         * Configure the program
         * @description The admin (operator) key.
         */
        put: operations["put-program"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/promotions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List promotions
         * @description The admin (operator) key.
         */
        get: operations["list-promotions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/promotions/{promotionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a promotion
         * @description The admin (operator) key. `endsAt` must be after `startsAt`.
         */
        put: operations["put-promotion"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List every reward, inactive ones too
         * @description The admin (operator) key.
         */
        get: operations["list-admin-rewards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/rewards/{rewardId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a reward
         * @description The admin (operator) key.
         */
        put: operations["put-reward"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/settlements/{merchantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A merchant's settlement statement
         * @description The admin (operator) key. `from` before `to`, at most 366 days apart. `Accept: text/csv` answers one line per day and a total line.
         */
        get: operations["get-merchant-settlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List tasks
         * @description The admin (operator) key.
         */
        get: operations["list-tasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tasks/{taskId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a task
         * @description The admin (operator) key.
         */
        put: operations["put-task"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read the tiers
         * @description The admin (operator) key.
         */
        get: operations["get-tiers"];
        /**
         * Replace the tiers
         * @description The admin (operator) key. The first (lowest) tier has `qualification: {}`; every other tier names at least one threshold.
         */
        put: operations["put-tiers"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Create or update a webhook endpoint
         * @description The admin (operator) key. `url` must be `https` and a public address (locally, `http://127.0.0.1` and `localhost` are accepted too). With `merchantId`, the endpoint receives only events of entries that merchant’s keys posted. The 201 answer carries `secret`; an update keeps it.
         */
        put: operations["put-webhook"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a webhook endpoint's deliveries
         * @description The admin (operator) key. Without `status`, every delivery the last 35 days kept. `failed` deliveries can be sent again with a replay.
         */
        get: operations["list-webhook-deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{endpointId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the events of a period to a webhook endpoint again
         * @description The admin (operator) key. Every kept event of `[from, to)` (at most 31 days, within the last 35) that the endpoint subscribes to is delivered again, with its own `webhook-id`.
         */
        post: operations["replay-webhook-events"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/admin/webhooks/{endpointId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook endpoint's signing secret
         * @description The admin (operator) key. For 24 hours the old secret signs beside the new one (two signatures, space-separated), so the receiver can switch without missing an event.
         */
        post: operations["rotate-webhook-secret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/earn": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Earn points for a purchase or stay
         * @description A merchant key (or the admin key). Give `amountMinor` or `nights` (or both). With the admin key, `merchantId` is required; a merchant key may only name its own merchant.
         */
        post: operations["earn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/games/{gameId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a game’s disclosure
         * @description A merchant key (or the admin key). `reveal` is null until the game is sold out or has ended; then it holds the seed and the order the commitment was made of.
         */
        get: operations["get-game"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/games/{gameId}/plays": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Play a game once
         * @description A merchant key (or the admin key). Spends `costPoints` and pays the prize on the next ticket of the committed urn, in one `game` entry.
         */
        post: operations["play-game"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{memberId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a member
         * @description A merchant key (or the admin key).
         */
        get: operations["get-member"];
        /**
         * Enrol a member
         * @description A merchant key (or the admin key).
         */
        put: operations["enrol-member"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{memberId}/activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a member's activity
         * @description A merchant key (or the admin key).
         */
        get: operations["list-activity"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/members/{memberId}/green-report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A member's environmental report
         * @description A merchant key (or the admin key).
         */
        get: operations["get-green-report"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This OpenAPI document
         * @description No key needed.
         */
        get: operations["get-openapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Redeem a reward or pay with points
         * @description A merchant key (or the admin key). Give exactly one of `rewardId` (with optional `quantity`) or `payment`. Where the program asks for the member's consent, a spend above its threshold carries the member's one-time `spendCode`.
         */
        post: operations["redeem"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/reversals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reverse a transaction, wholly or in part
         * @description A merchant key (or the admin key). `amountMinor` reverses part of an amount-based earn; without it, whatever is left is reversed.
         */
        post: operations["reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rewards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List rewards with current prices
         * @description A merchant key (or the admin key).
         */
        get: operations["list-rewards"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The public rules page, now or as it was
         * @description No key needed. Served from the configuration each server keeps, its version checked at most once a second, with `ETag` and `Cache-Control: public, max-age=5`: a change shows within 6 seconds. `If-None-Match` with the current ETag is answered 304 without a body. `?version=N` answers the exact bytes version N’s page had when it took effect, which never change: `Cache-Control: public, max-age=31536000, immutable`. `?asOf=<time>` answers the page as it was at that moment: the version then in force, with the promotions and games whose window had closed by then left out, each promotion’s status at that moment, and each change waiting for its notice date applied once its date had come.
         */
        get: operations["get-rules"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/settlement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling merchant's settlement statement
         * @description A merchant key only (the admin key is 403 `forbidden`). `from` before `to`, at most 366 days apart. `Accept: text/csv` answers one line per day and a total line.
         */
        get: operations["get-own-settlement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{taskId}/completions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Complete a task for a member
         * @description A merchant key (or the admin key). Awards the badges the completion earns and pays the prize of every badge set it completes, in the same transaction.
         */
        post: operations["complete-task"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The calling partner's pending transfers
         * @description A merchant key only (the admin key is 403 `forbidden`). `status=pending` is required: the transfers this partner still has to confirm or reject, oldest first.
         */
        get: operations["list-transfers"];
        put?: never;
        /**
         * Transfer points to a partner's currency
         * @description A merchant key (or the admin key). The points leave the member at once and are held until the partner confirms (they stay with it), rejects or lets the transfer expire (they come back). `points` must be at least the partner's `minPoints` and a multiple of its `incrementPoints` (`GET /v1/rules`). Where the program asks for the member's consent, a transfer above its threshold posted with a merchant key carries the member's one-time `spendCode`.
         */
        post: operations["post-transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfers/{transferId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a transfer
         * @description A merchant key (or the admin key). For the partner's key, the key that posted it, or the admin key; to any other key the transfer does not exist (404).
         */
        get: operations["get-transfer"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfers/{transferId}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a transfer (the partner)
         * @description A merchant key only (the admin key is 403 `forbidden`). The partner's key only. Idempotent by the transfer's id (no Idempotency-Key): the same confirmation again answers 200 with the transfer as it is; any other call on an ended transfer is 409 `transfer_closed`.
         */
        post: operations["confirm-transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/transfers/{transferId}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reject a transfer (the partner)
         * @description A merchant key only (the admin key is 403 `forbidden`). The partner's key only. The points go back to the member (a `transferReturn` entry) in the same transaction. Idempotent by the transfer's id (no Idempotency-Key): the same rejection again answers 200 with the transfer as it is; any other call on an ended transfer is 409 `transfer_closed`.
         */
        post: operations["reject-transfer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        /** @description RFC 9457 problem details. `code` is the stable, machine-readable part. */
        Problem: {
            /**
             * @description Exactly `/problems/<code>`.
             * @example /problems/insufficient_points
             */
            type: string;
            title: string;
            status: number;
            detail: string;
            code: string;
            /** @description Present on validation failures: one entry per bad field. */
            errors?: {
                path: string;
                message: string;
            }[];
        };
        ActivityList: {
            items: {
                transactionId: string;
                /** @enum {string} */
                type: "earn" | "redemption" | "reversal" | "expiry" | "adjustment" | "task" | "game" | "bonus" | "transfer" | "transferReturn";
                /** @enum {string} */
                balanceName: "points" | "green";
                points: number;
                delta: number;
                balance: number;
                merchantId: string | null;
                reference: string | null;
                /** Format: date-time */
                createdAt: string;
                rulesVersion: number | null;
            }[];
            nextCursor: string | null;
        };
        AdjustmentAnswer: {
            transactionId: string;
            memberId: string;
            /** @constant */
            type: "adjustment";
            /** @enum {string} */
            balanceName: "points" | "green";
            points: number;
            delta: number;
            balances: {
                points: number;
                green: number;
            };
        };
        AuditList: {
            items: {
                auditId: string;
                /** Format: date-time */
                at: string;
                action: string;
                target: string | null;
                reason: string | null;
            }[];
            nextCursor: string | null;
        };
        Badge: {
            name: string;
            conditions: string;
            taskId?: string;
            completions?: number;
            earns?: {
                category: string;
                count: number;
            };
            badgeId: string;
        };
        BadgeList: {
            items: components["schemas"]["Badge"][];
            nextCursor: string | null;
        };
        BadgeSet: {
            name: string;
            conditions: string;
            badgeIds: string[];
            prizePoints: number;
            setId: string;
        };
        BadgeSetList: {
            items: components["schemas"]["BadgeSet"][];
            nextCursor: string | null;
        };
        Birthday: {
            memberId: string;
            birthday: {
                month: number;
                day: number;
                /** Format: date-time */
                changedAt: string;
                lastPaidOn: string | null;
            };
        };
        CompletionAnswer: {
            transactionId: string;
            memberId: string;
            taskId: string;
            points: number;
            /** @enum {string} */
            balanceName: "points" | "green";
            badgesAwarded: string[];
            setsCompleted: {
                setId: string;
                prizePoints: number;
            }[];
            balances: {
                points: number;
                green: number;
            };
        };
        Deferral: {
            /** Format: date-time */
            effectiveAt: string;
            upcoming: {
                /** Format: date-time */
                effectiveAt: string;
                path: string;
                from: number | null;
                to: number | null;
            }[];
        };
        EarnAnswer: {
            transactionId: string;
            memberId: string;
            points: number;
            breakdown: {
                /** @enum {string} */
                source: "base" | "tier" | "promotion" | "credit";
                points: number;
                promotionId?: string;
            }[];
            balances: {
                points: number;
                green: number;
            };
            tier: {
                id: string;
                changed: boolean;
            };
            badgesAwarded: string[];
        };
        Flag: {
            flagId: string;
            memberId: string;
            /** @enum {string} */
            rule: "earnsPerMemberPerDay" | "pointsPerMemberPerDay";
            transactionId: string;
            /** Format: date-time */
            createdAt: string;
            /** @enum {string} */
            status: "open" | "cleared";
        };
        FlagList: {
            items: {
                flagId: string;
                memberId: string;
                /** @enum {string} */
                rule: "earnsPerMemberPerDay" | "pointsPerMemberPerDay";
                transactionId: string;
                /** Format: date-time */
                createdAt: string;
                /** @enum {string} */
                status: "open" | "cleared";
            }[];
            nextCursor: string | null;
        };
        Game: {
            gameId: string;
            name: string;
            /** @enum {string} */
            kind: "scratchCard" | "wheel";
            conditions: string;
            costPoints: number;
            tickets: number;
            prizes: {
                prizeId: string;
                name: string;
                points: number;
                rewardId?: string;
                count: number;
                remaining: number;
            }[];
            expectedReturnPoints: number;
            commitment: string;
            startsAt: string;
            endsAt: string;
            remaining: number;
            reveal: {
                seed: string;
                order: string[];
            } | null;
        };
        GameList: {
            items: {
                gameId: string;
                name: string;
                /** @enum {string} */
                kind: "scratchCard" | "wheel";
                conditions: string;
                costPoints: number;
                tickets: number;
                prizes: {
                    prizeId: string;
                    name: string;
                    points: number;
                    rewardId?: string;
                    count: number;
                }[];
                expectedReturnPoints: number;
                commitment: string;
                startsAt: string;
                endsAt: string;
                blanks: number;
                remaining: number;
                /** @enum {string} */
                status: "scheduled" | "active" | "soldOut" | "ended";
            }[];
            nextCursor: string | null;
        };
        GamePlay: {
            transactionId: string;
            memberId: string;
            gameId: string;
            ticket: number;
            prize: {
                prizeId: string;
                name: string;
                points: number;
                rewardId?: string;
            } | null;
            points: number;
            balances: {
                points: number;
                green: number;
            };
        };
        GreenReport: {
            memberId: string;
            balance: number;
            earned: number;
            spent: number;
            co2eGrams: number;
            byTask: {
                taskId: string;
                completions: number;
                points: number;
                co2eGrams: number;
            }[];
        };
        JobResult: {
            /** @enum {string} */
            job: "promotions" | "expiry" | "tiers" | "bonuses" | "transfers";
            /** Format: date-time */
            asOf: string;
            processed: number;
            changed: number;
        };
        MemberStatement: {
            memberId: string;
            balances: {
                points: number;
                green: number;
                pending: number;
            };
            pending: {
                points: number;
                /** Format: date-time */
                availableAt: string;
            }[];
            tier: {
                id: string;
                name: string;
                /** Format: date-time */
                since: string;
                qualifying: {
                    nights: number;
                    spendMinor: number;
                    points: number;
                };
                next: {
                    id: string;
                    remaining: {
                        [key: string]: number;
                    };
                } | null;
            };
            expiring: {
                points: number;
                /** Format: date-time */
                expiresAt: string;
            }[];
            /** @enum {string} */
            creditStanding: "good" | "standard" | "poor";
            frozen: boolean;
            badges: {
                badgeId: string;
                /** Format: date-time */
                awardedAt: string;
            }[];
            badgeSets: {
                setId: string;
                /** Format: date-time */
                completedAt: string;
            }[];
        };
        Merchant: {
            name: string;
            category: string;
            /** @default false */
            green: boolean;
            earnRules: ({
                /** @constant */
                kind: "spend";
                points: number;
                perMinor: number;
                tierMultipliers?: {
                    [key: string]: number;
                };
                /** @enum {string} */
                balance?: "points" | "green";
            } | {
                /** @constant */
                kind: "night";
                pointsByTier: {
                    [key: string]: number;
                };
            })[];
            settlement?: {
                issuePricePerThousandMinor: number;
                reimbursementPerThousandMinor: number;
            };
            /** @default 0 */
            holdDays: number;
            exchange?: {
                currency: string;
                pointsPerUnit: number;
                bonus?: {
                    everyPoints: number;
                    units: number;
                };
                minPoints: number;
                incrementPoints: number;
                /** @default 72 */
                confirmWithinHours: number;
                conditions?: string;
            };
            merchantId: string;
        };
        MerchantKey: {
            keyId: string;
            apiKey: string;
            /** Format: date-time */
            createdAt: string;
            expiresAt: string | null;
        };
        MerchantKeyList: {
            items: {
                keyId: string;
                /** Format: date-time */
                createdAt: string;
                expiresAt: string | null;
            }[];
            nextCursor: string | null;
        };
        MerchantList: {
            items: components["schemas"]["Merchant"][];
            nextCursor: string | null;
        };
        OpenApiDocument: {
            /** @constant */
            openapi: "3.1.0";
            info: Record<string, never>;
            paths: Record<string, never>;
        };
        Program: {
            name: string;
            currency: string;
            paymentPointsPerUnit: number;
            expiryMonths: number | null;
            tierWindowMonths: number;
            disclosure: {
                zh?: string;
                en?: string;
            };
            /**
             * @default {
             *       "earnMultiplier": 1,
             *       "redemptionDiscountPercent": 0
             *     }
             */
            creditPerks: {
                earnMultiplier: number;
                redemptionDiscountPercent: number;
            };
            /**
             * @default {
             *       "issuePricePerThousandMinor": 0,
             *       "reimbursementPerThousandMinor": 0
             *     }
             */
            settlement: {
                issuePricePerThousandMinor: number;
                reimbursementPerThousandMinor: number;
            };
            /** @default {} */
            limits: {
                earnsPerMemberPerDay?: number;
                pointsPerMemberPerDay?: number;
            };
            memberConsent?: {
                required: boolean;
                abovePoints?: number;
            };
            birthdayBonus?: {
                points: number;
                conditions?: string;
            };
            noticeDays?: number;
            upcoming?: {
                /** Format: date-time */
                effectiveAt: string;
                path: string;
                from: number | null;
                to: number | null;
            }[];
        };
        Promotion: {
            name: string;
            /** Format: date-time */
            startsAt: string;
            /** Format: date-time */
            endsAt: string;
            conditions: string;
            effect: {
                /** @constant */
                kind: "earnMultiplier";
                multiplier: number;
            } | {
                /** @constant */
                kind: "rewardPrice";
                costPoints: number;
            } | {
                /** @constant */
                kind: "bonusPoints";
                points: number;
            };
            /** @default {} */
            scope: {
                merchantIds?: string[];
                categories?: string[];
                rewardIds?: string[];
                tiers?: string[];
                creditStandings?: ("good" | "standard" | "poor")[];
            };
            promotionId: string;
            /** @enum {string} */
            status: "scheduled" | "active" | "ended";
        };
        PromotionList: {
            items: {
                name: string;
                /** Format: date-time */
                startsAt: string;
                /** Format: date-time */
                endsAt: string;
                conditions: string;
                effect: {
                    /** @constant */
                    kind: "earnMultiplier";
                    multiplier: number;
                } | {
                    /** @constant */
                    kind: "rewardPrice";
                    costPoints: number;
                } | {
                    /** @constant */
                    kind: "bonusPoints";
                    points: number;
                };
                /** @default {} */
                scope: {
                    merchantIds?: string[];
                    categories?: string[];
                    rewardIds?: string[];
                    tiers?: string[];
                    creditStandings?: ("good" | "standard" | "poor")[];
                };
                promotionId: string;
                /** @enum {string} */
                status: "scheduled" | "active" | "ended";
            }[];
            nextCursor: string | null;
        };
        RedemptionAnswer: {
            transactionId: string;
            memberId: string;
            points: number;
            rewardId?: string;
            quantity?: number;
            promotionId?: string;
            coveredMinor?: number;
            balances: {
                points: number;
                green: number;
            };
        };
        ReversalAnswer: {
            transactionId: string;
            reverses: string;
            points: number;
            recoveredPoints: number;
            unrecoveredPoints: number;
            balances: {
                points: number;
                green: number;
            };
            tier: {
                id: string;
                changed: boolean;
            };
        };
        Reward: {
            name: string;
            /** @enum {string} */
            kind: "item" | "voucher" | "night" | "upgrade" | "service" | "partnerCurrency" | "other";
            costPoints: number;
            valueMinor: number;
            /**
             * @default points
             * @enum {string}
             */
            balance: "points" | "green";
            /** @default null */
            stock: number | null;
            /** @default null */
            merchantId: string | null;
            conditions: string;
            /** @default false */
            creditOnly: boolean;
            /** @default 0 */
            priorityWindowHours: number;
            /** @default true */
            active: boolean;
            rewardId: string;
            publishedAt: string | null;
            upcoming?: {
                /** Format: date-time */
                effectiveAt: string;
                path: string;
                from: number | null;
                to: number | null;
            }[];
        };
        RewardConfigList: {
            items: (components["schemas"]["Reward"] & {
                stockLeft: number | null;
            })[];
            nextCursor: string | null;
        };
        RewardList: {
            items: {
                rewardId: string;
                name: string;
                kind: string;
                /** @enum {string} */
                balance: "points" | "green";
                costPoints: number;
                listCostPoints: number;
                valueMinor: number;
                stock: number | null;
                merchantId: string | null;
                creditOnly: boolean;
                conditions: string;
                promotion?: {
                    promotionId: string;
                    name: string;
                    /** Format: date-time */
                    endsAt: string;
                };
            }[];
            nextCursor: string | null;
        };
        Rules: {
            version: number;
            effectiveFrom: string | null;
            program: {
                name: string;
                currency: string;
                paymentPointsPerUnit: number;
                expiryMonths: number | null;
                tierWindowMonths: number;
                /**
                 * @default {
                 *       "earnMultiplier": 1,
                 *       "redemptionDiscountPercent": 0
                 *     }
                 */
                creditPerks: {
                    earnMultiplier: number;
                    redemptionDiscountPercent: number;
                };
                memberConsent?: {
                    required: boolean;
                    abovePoints?: number;
                };
                birthdayBonus?: {
                    points: number;
                    conditions?: string;
                };
            };
            disclosure: {
                zh?: string;
                en?: string;
            };
            earnRules: {
                name: string;
                category: string;
                /** @default false */
                green: boolean;
                earnRules: ({
                    /** @constant */
                    kind: "spend";
                    points: number;
                    perMinor: number;
                    tierMultipliers?: {
                        [key: string]: number;
                    };
                    /** @enum {string} */
                    balance?: "points" | "green";
                } | {
                    /** @constant */
                    kind: "night";
                    pointsByTier: {
                        [key: string]: number;
                    };
                })[];
                merchantId: string;
            }[];
            exchangePartners: {
                currency: string;
                pointsPerUnit: number;
                bonus?: {
                    everyPoints: number;
                    units: number;
                };
                minPoints: number;
                incrementPoints: number;
                /** @default 72 */
                confirmWithinHours: number;
                conditions: string;
                merchantId: string;
                name: string;
            }[];
            tiers: {
                id: string;
                name: string;
                qualification: {
                    nights?: number;
                    spendMinor?: number;
                    points?: number;
                };
            }[];
            rewards: {
                rewardId: string;
                name: string;
                conditions: string;
            }[];
            promotions: {
                promotionId: string;
                name: string;
                /** @enum {string} */
                status: "scheduled" | "active" | "ended";
                conditions: string;
            }[];
            games: {
                gameId: string;
                name: string;
                /** @enum {string} */
                kind: "scratchCard" | "wheel";
                conditions: string;
                costPoints: number;
                tickets: number;
                prizes: {
                    prizeId: string;
                    name: string;
                    points: number;
                    rewardId?: string;
                    count: number;
                }[];
                expectedReturnPoints: number;
                commitment: string;
                startsAt: string;
                endsAt: string;
            }[];
            upcoming: {
                /** Format: date-time */
                effectiveAt: string;
                path: string;
                from: number | null;
                to: number | null;
            }[];
        };
        SettlementStatement: {
            merchantId: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            currency: string;
            issued: {
                points: number;
                amountMinor: number;
            };
            honoured: {
                points: number;
                amountMinor: number;
            };
            netMinor: number;
        };
        SpendCode: {
            code: string;
            /** Format: date-time */
            expiresAt: string;
        };
        Task: {
            name: string;
            conditions: string;
            points: number;
            /**
             * @default points
             * @enum {string}
             */
            balance: "points" | "green";
            limit: {
                count: number;
                /** @enum {string} */
                per: "day" | "week" | "month" | "ever";
            };
            /** @default null */
            co2eGrams: number | null;
            /** @default null */
            methodology: string | null;
            /** @default null */
            startsAt: string | null;
            /** @default null */
            endsAt: string | null;
            /** @default true */
            active: boolean;
            taskId: string;
        };
        TaskList: {
            items: components["schemas"]["Task"][];
            nextCursor: string | null;
        };
        Tiers: {
            tiers: {
                id: string;
                name: string;
                qualification: {
                    nights?: number;
                    spendMinor?: number;
                    points?: number;
                };
            }[];
        };
        Transfer: {
            transferId: string;
            transactionId: string;
            memberId: string;
            partnerId: string;
            points: number;
            units: number;
            partnerAccount: string;
            /** @enum {string} */
            status: "pending" | "confirmed" | "rejected" | "expired";
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
            endedAt: string | null;
            partnerReference: string | null;
            reason: string | null;
        };
        TransferCreated: {
            transferId: string;
            transactionId: string;
            memberId: string;
            partnerId: string;
            points: number;
            units: number;
            /** @enum {string} */
            status: "pending" | "confirmed" | "rejected" | "expired";
            /** Format: date-time */
            expiresAt: string;
            balances: {
                points: number;
                green: number;
            };
        };
        TransferList: {
            items: components["schemas"]["Transfer"][];
            nextCursor: string | null;
        };
        WebhookDeliveryList: {
            items: {
                eventId: string;
                /** @enum {string} */
                type: "points.earned" | "points.redeemed" | "points.reversed" | "points.expired" | "member.tier_changed" | "transfer.requested" | "transfer.confirmed" | "transfer.rejected" | "transfer.expired" | "flag.opened";
                /** @enum {string} */
                status: "pending" | "delivered" | "failed";
                attempts: number;
                lastStatus: number | null;
                nextAttemptAt: string | null;
            }[];
            nextCursor: string | null;
        };
        WebhookEndpoint: {
            endpointId: string;
            url: string;
            merchantId: string | null;
            events: ("points.earned" | "points.redeemed" | "points.reversed" | "points.expired" | "member.tier_changed" | "transfer.requested" | "transfer.confirmed" | "transfer.rejected" | "transfer.expired" | "flag.opened")[];
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** @description Only in the answer that created the endpoint: `whsec_` + base64 of 32 bytes. */
            secret?: string;
        };
        WebhookReplay: {
            endpointId: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
        };
        WebhookSecret: {
            secret: string;
        };
    };
    responses: {
        /**
         * @description Bad Request:
         *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
         */
        ValidationFailed: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 400;
                    /** @enum {unknown} */
                    code?: "validation_failed";
                };
            };
        };
        /**
         * @description Unauthorized:
         *     - `unauthenticated`: Missing, unknown, revoked or expired API key, or an `Authorization` header that is not `Bearer <key>`.
         */
        Unauthenticated: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 401;
                    /** @enum {unknown} */
                    code?: "unauthenticated";
                };
            };
        };
        /**
         * @description Forbidden:
         *     - `forbidden`: The key may not do this: a merchant key on an operator route, the admin key on a merchant-only route, a merchant reversing another merchant's transaction (remembered), or a merchant key earning with another merchant's `merchantId`.
         */
        Forbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 403;
                    /** @enum {unknown} */
                    code?: "forbidden";
                };
            };
        };
        /**
         * @description Payload Too Large:
         *     - `payload_too_large`: The body exceeds 64 KiB.
         */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 413;
                    /** @enum {unknown} */
                    code?: "payload_too_large";
                };
            };
        };
        /**
         * @description Unprocessable Content:
         *     - `idempotency_key_reused`: The `Idempotency-Key` was used before with a different request body (or on another route).
         */
        IdempotencyKeyReused: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 422;
                    /** @enum {unknown} */
                    code?: "idempotency_key_reused";
                };
            };
        };
        /**
         * @description Internal Server Error:
         *     - `internal_error`: An unexpected failure; the answer carries no internal details, and nothing was written.
         */
        InternalError: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 500;
                    /** @enum {unknown} */
                    code?: "internal_error";
                };
            };
        };
        /**
         * @description Service Unavailable:
         *     - `temporarily_unavailable`: The store stayed busy, unreachable or slow through jifen's internal retries; retry after `Retry-After` seconds with the same `Idempotency-Key` (after a timed-out write, the retry settles whether it was made).
         */
        TemporarilyUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["Problem"] & {
                    /** @constant */
                    status?: 503;
                    /** @enum {unknown} */
                    code?: "temporarily_unavailable";
                };
            };
        };
    };
    parameters: {
        /** @description Scoped to the calling key’s owner. The same key and body replays the original answer; the same key with a different body is 422 `idempotency_key_reused`. */
        IdempotencyKey: string;
    };
    requestBodies: never;
    headers: {
        /** @description Seconds to wait before retrying. */
        RetryAfter: number;
        /** @description `true` when this answer is a replay of an earlier request with the same Idempotency-Key. */
        IdempotentReplayed: "true";
    };
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    "get-problem": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                code: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code’s page, as HTML. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            /**
             * @description Not Found:
             *     - `not_found`: No such route, or the key (revocation) or transaction (reversal) named does not exist.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
        };
    };
    "adjust-points": {
        parameters: {
            query?: never;
            header: {
                /** @description Scoped to the calling key’s owner. The same key and body replays the original answer; the same key with a different body is 422 `idempotency_key_reused`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "memberId": "alice",
                 *       "points": 400,
                 *       "balance": "points",
                 *       "reason": "customer returned the goods"
                 *     }
                 */
                "application/json": {
                    memberId: string;
                    points: number;
                    /**
                     * @default points
                     * @enum {string}
                     */
                    balance?: "points" | "green";
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The adjustment transaction. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *       "memberId": "alice",
                     *       "type": "adjustment",
                     *       "balanceName": "points",
                     *       "points": 400,
                     *       "delta": 1,
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["AdjustmentAnswer"];
                };
            };
            /**
             * @description Bad Request:
             *     - `idempotency_key_required`: A POST that moves points came without an `Idempotency-Key` header.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `malformed_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "idempotency_key_required" | "validation_failed" | "malformed_json";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Forbidden:
             *     - `forbidden`: The key may not do this: a merchant key on an operator route, the admin key on a merchant-only route, a merchant reversing another merchant's transaction (remembered), or a merchant key earning with another merchant's `merchantId`.
             */
            403: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden";
                    };
                };
            };
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found";
                    };
                };
            };
            /**
             * @description Conflict:
             *     - `insufficient_points`: The balance does not cover the redemption, the payment, the play or the negative adjustment (a balance below zero covers nothing); nothing was written.
             */
            409: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "insufficient_points";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-audit": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every successful operator write, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "auditId": "3f2c1a7e-8d4b-4c2a-9e1f-5b6a7c8d9e0f",
                     *           "at": "2027-07-01T09:30:00Z",
                     *           "action": "action",
                     *           "target": "target",
                     *           "reason": "customer returned the goods"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["AuditList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-badge-sets": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every badge set as its PUT answers it, in setId order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "name": "Fresh Fruit Shop",
                     *           "conditions": "One per member per day; not exchangeable for cash.",
                     *           "badgeIds": [
                     *             "badgeIds"
                     *           ],
                     *           "prizePoints": 1,
                     *           "setId": "green-hero"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadgeSetList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "put-badge-set": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                setId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    conditions?: string;
                    badgeIds: string[];
                    prizePoints: number;
                };
            };
        };
        responses: {
            /** @description The badge set was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "badgeIds": [
                     *         "badgeIds"
                     *       ],
                     *       "prizePoints": 1,
                     *       "setId": "green-hero"
                     *     }
                     */
                    "application/json": components["schemas"]["BadgeSet"];
                };
            };
            /** @description The badge set was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "badgeIds": [
                     *         "badgeIds"
                     *       ],
                     *       "prizePoints": 1,
                     *       "setId": "green-hero"
                     *     }
                     */
                    "application/json": components["schemas"]["BadgeSet"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `disclosure_required`: A reward, promotion, task, badge, set, game, birthday bonus or exchange was saved with `conditions` missing or empty (blank).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed" | "disclosure_required";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-badges": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every badge as its PUT answers it, in badgeId order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "name": "Fresh Fruit Shop",
                     *           "conditions": "One per member per day; not exchangeable for cash.",
                     *           "taskId": "recycle-bottles",
                     *           "completions": 1,
                     *           "earns": {
                     *             "category": "grocery",
                     *             "count": 1
                     *           },
                     *           "badgeId": "recycler"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["BadgeList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "put-badge": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                badgeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    conditions?: string;
                    taskId?: string;
                    completions?: number;
                    earns?: {
                        category: string;
                        count: number;
                    };
                };
            };
        };
        responses: {
            /** @description The badge was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "taskId": "recycle-bottles",
                     *       "completions": 1,
                     *       "earns": {
                     *         "category": "grocery",
                     *         "count": 1
                     *       },
                     *       "badgeId": "recycler"
                     *     }
                     */
                    "application/json": components["schemas"]["Badge"];
                };
            };
            /** @description The badge was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "taskId": "recycle-bottles",
                     *       "completions": 1,
                     *       "earns": {
                     *         "category": "grocery",
                     *         "count": 1
                     *       },
                     *       "badgeId": "recycler"
                     *     }
                     */
                    "application/json": components["schemas"]["Badge"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `disclosure_required`: A reward, promotion, task, badge, set, game, birthday bonus or exchange was saved with `conditions` missing or empty (blank).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed" | "disclosure_required";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-flags": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "open" | "cleared";
                memberId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Flags, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "flagId": "2027-07-01.earnsPerMemberPerDay.alice",
                     *           "memberId": "alice",
                     *           "rule": "earnsPerMemberPerDay",
                     *           "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *           "createdAt": "2027-07-01T09:30:00Z",
                     *           "status": "open"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["FlagList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "clear-flag": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                flagId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "customer returned the goods"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The flag, cleared. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "flagId": "2027-07-01.earnsPerMemberPerDay.alice",
                     *       "memberId": "alice",
                     *       "rule": "earnsPerMemberPerDay",
                     *       "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *       "createdAt": "2027-07-01T09:30:00Z",
                     *       "status": "open"
                     *     }
                     */
                    "application/json": components["schemas"]["Flag"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `flag_not_found`: No flag has this `flagId` (a well-formed id of a member, rule and day on which no earn was refused).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "flag_not_found";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-games": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every game with its status, tickets left and commitment, in gameId order; never its urn. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "gameId": "spring-wheel",
                     *           "name": "Fresh Fruit Shop",
                     *           "kind": "scratchCard",
                     *           "conditions": "One per member per day; not exchangeable for cash.",
                     *           "costPoints": 1000,
                     *           "tickets": 1,
                     *           "prizes": [
                     *             {
                     *               "prizeId": "big-prize",
                     *               "name": "Fresh Fruit Shop",
                     *               "points": 400,
                     *               "rewardId": "fruit-washing",
                     *               "count": 1
                     *             }
                     *           ],
                     *           "expectedReturnPoints": 1,
                     *           "commitment": "commitment",
                     *           "startsAt": "startsAt",
                     *           "endsAt": "endsAt",
                     *           "blanks": 1,
                     *           "remaining": 1,
                     *           "status": "scheduled"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["GameList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "put-game": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gameId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    kind: "scratchCard" | "wheel";
                    conditions?: string;
                    costPoints: number;
                    prizes: {
                        prizeId: string;
                        name: string;
                        points?: number;
                        rewardId?: string;
                        count: number;
                    }[];
                    blanks: number;
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                };
            };
        };
        responses: {
            /** @description The game was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "gameId": "spring-wheel",
                     *       "name": "Fresh Fruit Shop",
                     *       "kind": "scratchCard",
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "costPoints": 1000,
                     *       "tickets": 1,
                     *       "prizes": [
                     *         {
                     *           "prizeId": "big-prize",
                     *           "name": "Fresh Fruit Shop",
                     *           "points": 400,
                     *           "rewardId": "fruit-washing",
                     *           "count": 1,
                     *           "remaining": 1
                     *         }
                     *       ],
                     *       "expectedReturnPoints": 1,
                     *       "commitment": "commitment",
                     *       "startsAt": "startsAt",
                     *       "endsAt": "endsAt",
                     *       "remaining": 1,
                     *       "reveal": {
                     *         "seed": "seed",
                     *         "order": [
                     *           "order"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Game"];
                };
            };
            /** @description The game was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "gameId": "spring-wheel",
                     *       "name": "Fresh Fruit Shop",
                     *       "kind": "scratchCard",
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "costPoints": 1000,
                     *       "tickets": 1,
                     *       "prizes": [
                     *         {
                     *           "prizeId": "big-prize",
                     *           "name": "Fresh Fruit Shop",
                     *           "points": 400,
                     *           "rewardId": "fruit-washing",
                     *           "count": 1,
                     *           "remaining": 1
                     *         }
                     *       ],
                     *       "expectedReturnPoints": 1,
                     *       "commitment": "commitment",
                     *       "startsAt": "startsAt",
                     *       "endsAt": "endsAt",
                     *       "remaining": 1,
                     *       "reveal": {
                     *         "seed": "seed",
                     *         "order": [
                     *           "order"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Game"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `disclosure_required`: A reward, promotion, task, badge, set, game, birthday bonus or exchange was saved with `conditions` missing or empty (blank).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed" | "disclosure_required";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Conflict:
             *     - `game_locked`: A ticket of the game has been played, so its published information is fixed: a `PUT` may only move `endsAt` earlier.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "game_locked";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "run-job": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                job: "promotions" | "expiry" | "tiers" | "bonuses" | "transfers";
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "asOf": "2027-07-01T09:30:00Z"
                 *     }
                 */
                "application/json": {
                    /** Format: date-time */
                    asOf?: string;
                };
            };
        };
        responses: {
            /** @description The job ran (the same code the schedule runs). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "job": "promotions",
                     *       "asOf": "2027-07-01T09:30:00Z",
                     *       "processed": 1,
                     *       "changed": 1
                     *     }
                     */
                    "application/json": components["schemas"]["JobResult"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "revoke-key": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The key was revoked; it stops working at once. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `not_found`: No such route, or the key (revocation) or transaction (reversal) named does not exist.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "set-birthday": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "month": 1,
                 *       "day": 1
                 *     }
                 */
                "application/json": {
                    month: number;
                    day: number;
                };
            };
        };
        responses: {
            /** @description The birthday as recorded, with when it last changed and the day its bonus was last paid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memberId": "alice",
                     *       "birthday": {
                     *         "month": 1,
                     *         "day": 1,
                     *         "changedAt": "2027-07-01T09:30:00Z",
                     *         "lastPaidOn": "lastPaidOn"
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Birthday"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "set-credit-standing": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "standing": "good"
                 *     }
                 */
                "application/json": {
                    /** @enum {string} */
                    standing: "good" | "standard" | "poor";
                };
            };
        };
        responses: {
            /** @description The member after the change. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memberId": "alice",
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1,
                     *         "pending": 1
                     *       },
                     *       "pending": [
                     *         {
                     *           "points": 400,
                     *           "availableAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "tier": {
                     *         "id": "gold",
                     *         "name": "Fresh Fruit Shop",
                     *         "since": "2027-07-01T09:30:00Z",
                     *         "qualifying": {
                     *           "nights": 2,
                     *           "spendMinor": 1,
                     *           "points": 400
                     *         },
                     *         "next": {
                     *           "id": "gold",
                     *           "remaining": {}
                     *         }
                     *       },
                     *       "expiring": [
                     *         {
                     *           "points": 400,
                     *           "expiresAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creditStanding": "good",
                     *       "frozen": false,
                     *       "badges": [
                     *         {
                     *           "badgeId": "recycler",
                     *           "awardedAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "badgeSets": [
                     *         {
                     *           "setId": "green-hero",
                     *           "completedAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MemberStatement"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "freeze-member": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "customer returned the goods"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The member, now frozen. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memberId": "alice",
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1,
                     *         "pending": 1
                     *       },
                     *       "pending": [
                     *         {
                     *           "points": 400,
                     *           "availableAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "tier": {
                     *         "id": "gold",
                     *         "name": "Fresh Fruit Shop",
                     *         "since": "2027-07-01T09:30:00Z",
                     *         "qualifying": {
                     *           "nights": 2,
                     *           "spendMinor": 1,
                     *           "points": 400
                     *         },
                     *         "next": {
                     *           "id": "gold",
                     *           "remaining": {}
                     *         }
                     *       },
                     *       "expiring": [
                     *         {
                     *           "points": 400,
                     *           "expiresAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creditStanding": "good",
                     *       "frozen": false,
                     *       "badges": [
                     *         {
                     *           "badgeId": "recycler",
                     *           "awardedAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "badgeSets": [
                     *         {
                     *           "setId": "green-hero",
                     *           "completedAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MemberStatement"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "issue-spend-code": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The code, shown once. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "code": "code",
                     *       "expiresAt": "2027-07-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["SpendCode"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "unfreeze-member": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "customer returned the goods"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The member, no longer frozen. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memberId": "alice",
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1,
                     *         "pending": 1
                     *       },
                     *       "pending": [
                     *         {
                     *           "points": 400,
                     *           "availableAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "tier": {
                     *         "id": "gold",
                     *         "name": "Fresh Fruit Shop",
                     *         "since": "2027-07-01T09:30:00Z",
                     *         "qualifying": {
                     *           "nights": 2,
                     *           "spendMinor": 1,
                     *           "points": 400
                     *         },
                     *         "next": {
                     *           "id": "gold",
                     *           "remaining": {}
                     *         }
                     *       },
                     *       "expiring": [
                     *         {
                     *           "points": 400,
                     *           "expiresAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creditStanding": "good",
                     *       "frozen": false,
                     *       "badges": [
                     *         {
                     *           "badgeId": "recycler",
                     *           "awardedAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "badgeSets": [
                     *         {
                     *           "setId": "green-hero",
                     *           "completedAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MemberStatement"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-merchants": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every merchant as its PUT answers it, in merchantId order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "name": "Fresh Fruit Shop",
                     *           "category": "grocery",
                     *           "green": false,
                     *           "earnRules": [
                     *             {
                     *               "kind": "spend",
                     *               "points": 400,
                     *               "perMinor": 1,
                     *               "tierMultipliers": {},
                     *               "balance": "points"
                     *             }
                     *           ],
                     *           "settlement": {
                     *             "issuePricePerThousandMinor": 1,
                     *             "reimbursementPerThousandMinor": 1
                     *           },
                     *           "holdDays": 0,
                     *           "exchange": {
                     *             "currency": "CNY",
                     *             "pointsPerUnit": 1,
                     *             "bonus": {
                     *               "everyPoints": 1,
                     *               "units": 1
                     *             },
                     *             "minPoints": 1,
                     *             "incrementPoints": 1,
                     *             "confirmWithinHours": 72,
                     *             "conditions": "One per member per day; not exchangeable for cash."
                     *           },
                     *           "merchantId": "fruit-shop"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["MerchantList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "get-merchant": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merchant as its PUT answers it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "category": "grocery",
                     *       "green": false,
                     *       "earnRules": [
                     *         {
                     *           "kind": "spend",
                     *           "points": 400,
                     *           "perMinor": 1,
                     *           "tierMultipliers": {},
                     *           "balance": "points"
                     *         }
                     *       ],
                     *       "settlement": {
                     *         "issuePricePerThousandMinor": 1,
                     *         "reimbursementPerThousandMinor": 1
                     *       },
                     *       "holdDays": 0,
                     *       "exchange": {
                     *         "currency": "CNY",
                     *         "pointsPerUnit": 1,
                     *         "bonus": {
                     *           "everyPoints": 1,
                     *           "units": 1
                     *         },
                     *         "minPoints": 1,
                     *         "incrementPoints": 1,
                     *         "confirmWithinHours": 72,
                     *         "conditions": "One per member per day; not exchangeable for cash."
                     *       },
                     *       "merchantId": "fruit-shop"
                     *     }
                     */
                    "application/json": components["schemas"]["Merchant"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `merchant_not_found`: The program has no merchant with this id (an earn with the admin key, a key, a statement, a merchant read).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "merchant_not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "put-merchant": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Fresh Fruit Shop",
                 *       "category": "grocery",
                 *       "green": false,
                 *       "earnRules": [
                 *         {
                 *           "kind": "spend",
                 *           "points": 400,
                 *           "perMinor": 1,
                 *           "tierMultipliers": {},
                 *           "balance": "points"
                 *         }
                 *       ],
                 *       "settlement": {
                 *         "issuePricePerThousandMinor": 1,
                 *         "reimbursementPerThousandMinor": 1
                 *       },
                 *       "holdDays": 0,
                 *       "exchange": {
                 *         "currency": "CNY",
                 *         "pointsPerUnit": 1,
                 *         "bonus": {
                 *           "everyPoints": 1,
                 *           "units": 1
                 *         },
                 *         "minPoints": 1,
                 *         "incrementPoints": 1,
                 *         "confirmWithinHours": 72,
                 *         "conditions": "One per member per day; not exchangeable for cash."
                 *       }
                 *     }
                 */
                "application/json": {
                    name: string;
                    category: string;
                    /** @default false */
                    green?: boolean;
                    earnRules: ({
                        /** @constant */
                        kind: "spend";
                        points: number;
                        perMinor: number;
                        tierMultipliers?: {
                            [key: string]: number;
                        };
                        /** @enum {string} */
                        balance?: "points" | "green";
                    } | {
                        /** @constant */
                        kind: "night";
                        pointsByTier: {
                            [key: string]: number;
                        };
                    })[];
                    settlement?: {
                        issuePricePerThousandMinor: number;
                        reimbursementPerThousandMinor: number;
                    };
                    /** @default 0 */
                    holdDays?: number;
                    exchange?: {
                        currency: string;
                        pointsPerUnit: number;
                        bonus?: {
                            everyPoints: number;
                            units: number;
                        };
                        minPoints: number;
                        incrementPoints: number;
                        /** @default 72 */
                        confirmWithinHours?: number;
                        conditions?: string;
                    };
                };
            };
        };
        responses: {
            /** @description The merchant was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "category": "grocery",
                     *       "green": false,
                     *       "earnRules": [
                     *         {
                     *           "kind": "spend",
                     *           "points": 400,
                     *           "perMinor": 1,
                     *           "tierMultipliers": {},
                     *           "balance": "points"
                     *         }
                     *       ],
                     *       "settlement": {
                     *         "issuePricePerThousandMinor": 1,
                     *         "reimbursementPerThousandMinor": 1
                     *       },
                     *       "holdDays": 0,
                     *       "exchange": {
                     *         "currency": "CNY",
                     *         "pointsPerUnit": 1,
                     *         "bonus": {
                     *           "everyPoints": 1,
                     *           "units": 1
                     *         },
                     *         "minPoints": 1,
                     *         "incrementPoints": 1,
                     *         "confirmWithinHours": 72,
                     *         "conditions": "One per member per day; not exchangeable for cash."
                     *       },
                     *       "merchantId": "fruit-shop"
                     *     }
                     */
                    "application/json": components["schemas"]["Merchant"];
                };
            };
            /** @description The merchant was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "category": "grocery",
                     *       "green": false,
                     *       "earnRules": [
                     *         {
                     *           "kind": "spend",
                     *           "points": 400,
                     *           "perMinor": 1,
                     *           "tierMultipliers": {},
                     *           "balance": "points"
                     *         }
                     *       ],
                     *       "settlement": {
                     *         "issuePricePerThousandMinor": 1,
                     *         "reimbursementPerThousandMinor": 1
                     *       },
                     *       "holdDays": 0,
                     *       "exchange": {
                     *         "currency": "CNY",
                     *         "pointsPerUnit": 1,
                     *         "bonus": {
                     *           "everyPoints": 1,
                     *           "units": 1
                     *         },
                     *         "minPoints": 1,
                     *         "incrementPoints": 1,
                     *         "confirmWithinHours": 72,
                     *         "conditions": "One per member per day; not exchangeable for cash."
                     *       },
                     *       "merchantId": "fruit-shop"
                     *     }
                     */
                    "application/json": components["schemas"]["Merchant"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-merchant-keys": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                merchantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The merchant's keys that are not revoked, oldest first, expired ones too: id, issue time and expiry, never a secret. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "keyId": "0123456789abcdef",
                     *           "createdAt": "2027-07-01T09:30:00Z",
                     *           "expiresAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["MerchantKeyList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `merchant_not_found`: The program has no merchant with this id (an earn with the admin key, a key, a statement, a merchant read).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "merchant_not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "create-merchant-key": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                merchantId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "expiresAt": "2027-07-01T09:30:00Z"
                 *     }
                 */
                "application/json": {
                    /** Format: date-time */
                    expiresAt?: string;
                };
            };
        };
        responses: {
            /** @description A new merchant key. The secret `apiKey` is shown in this answer only. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "keyId": "0123456789abcdef",
                     *       "apiKey": "jf_0123456789abcdef.<43-character secret, shown once>",
                     *       "createdAt": "2027-07-01T09:30:00Z",
                     *       "expiresAt": "2027-07-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["MerchantKey"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `merchant_not_found`: The program has no merchant with this id (an earn with the admin key, a key, a statement, a merchant read).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "merchant_not_found";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "get-program": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program as in force now, with `upcoming` while changes wait for their notice date (defaults until the operator configures it). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "currency": "CNY",
                     *       "paymentPointsPerUnit": 1,
                     *       "expiryMonths": 1,
                     *       "tierWindowMonths": 1,
                     *       "disclosure": {
                     *         "zh": "zh",
                     *         "en": "en"
                     *       },
                     *       "creditPerks": {
                     *         "earnMultiplier": 1,
                     *         "redemptionDiscountPercent": 0
                     *       },
                     *       "settlement": {
                     *         "issuePricePerThousandMinor": 0,
                     *         "reimbursementPerThousandMinor": 0
                     *       },
                     *       "limits": {},
                     *       "memberConsent": {
                     *         "required": false,
                     *         "abovePoints": 1
                     *       },
                     *       "birthdayBonus": {
                     *         "points": 400,
                     *         "conditions": "One per member per day; not exchangeable for cash."
                     *       },
                     *       "noticeDays": 1,
                     *       "upcoming": [
                     *         {
                     *           "effectiveAt": "2027-07-01T09:30:00Z",
                     *           "path": "rewards.fruit-washing.costPoints",
                     *           "from": 1000,
                     *           "to": 1200
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Program"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "put-program": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Fresh Fruit Shop",
                 *       "currency": "CNY",
                 *       "paymentPointsPerUnit": 1,
                 *       "expiryMonths": 1,
                 *       "tierWindowMonths": 1,
                 *       "disclosure": {
                 *         "zh": "zh",
                 *         "en": "en"
                 *       },
                 *       "creditPerks": {
                 *         "earnMultiplier": 1,
                 *         "redemptionDiscountPercent": 0
                 *       },
                 *       "settlement": {
                 *         "issuePricePerThousandMinor": 0,
                 *         "reimbursementPerThousandMinor": 0
                 *       },
                 *       "limits": {},
                 *       "memberConsent": {
                 *         "required": false,
                 *         "abovePoints": 1
                 *       },
                 *       "birthdayBonus": {
                 *         "points": 400,
                 *         "conditions": "One per member per day; not exchangeable for cash."
                 *       },
                 *       "noticeDays": 1
                 *     }
                 */
                "application/json": {
                    name: string;
                    currency: string;
                    paymentPointsPerUnit: number;
                    expiryMonths: number | null;
                    tierWindowMonths: number;
                    disclosure: {
                        zh?: string;
                        en?: string;
                    };
                    /**
                     * @default {
                     *       "earnMultiplier": 1,
                     *       "redemptionDiscountPercent": 0
                     *     }
                     */
                    creditPerks?: {
                        earnMultiplier: number;
                        redemptionDiscountPercent: number;
                    };
                    /**
                     * @default {
                     *       "issuePricePerThousandMinor": 0,
                     *       "reimbursementPerThousandMinor": 0
                     *     }
                     */
                    settlement?: {
                        issuePricePerThousandMinor: number;
                        reimbursementPerThousandMinor: number;
                    };
                    /** @default {} */
                    limits?: {
                        earnsPerMemberPerDay?: number;
                        pointsPerMemberPerDay?: number;
                    };
                    memberConsent?: {
                        required: boolean;
                        abovePoints?: number;
                    };
                    birthdayBonus?: {
                        points: number;
                        conditions?: string;
                    };
                    noticeDays?: number;
                };
            };
        };
        responses: {
            /** @description The program as saved. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "currency": "CNY",
                     *       "paymentPointsPerUnit": 1,
                     *       "expiryMonths": 1,
                     *       "tierWindowMonths": 1,
                     *       "disclosure": {
                     *         "zh": "zh",
                     *         "en": "en"
                     *       },
                     *       "creditPerks": {
                     *         "earnMultiplier": 1,
                     *         "redemptionDiscountPercent": 0
                     *       },
                     *       "settlement": {
                     *         "issuePricePerThousandMinor": 0,
                     *         "reimbursementPerThousandMinor": 0
                     *       },
                     *       "limits": {},
                     *       "memberConsent": {
                     *         "required": false,
                     *         "abovePoints": 1
                     *       },
                     *       "birthdayBonus": {
                     *         "points": 400,
                     *         "conditions": "One per member per day; not exchangeable for cash."
                     *       },
                     *       "noticeDays": 1,
                     *       "upcoming": [
                     *         {
                     *           "effectiveAt": "2027-07-01T09:30:00Z",
                     *           "path": "rewards.fruit-washing.costPoints",
                     *           "from": 1000,
                     *           "to": 1200
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Program"];
                };
            };
            /** @description Accepted: the program is saved, but changes that hurt members wait for their date (`effectiveAt`), the old values applying until then. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "effectiveAt": "2027-07-01T09:30:00Z",
                     *       "upcoming": [
                     *         {
                     *           "effectiveAt": "2027-07-01T09:30:00Z",
                     *           "path": "rewards.fruit-washing.costPoints",
                     *           "from": 1000,
                     *           "to": 1200
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Deferral"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `disclosure_required`: A reward, promotion, task, badge, set, game, birthday bonus or exchange was saved with `conditions` missing or empty (blank).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed" | "disclosure_required";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-promotions": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Promotions with their status at request time. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "name": "Fresh Fruit Shop",
                     *           "startsAt": "2027-07-01T09:30:00Z",
                     *           "endsAt": "2027-07-01T09:30:00Z",
                     *           "conditions": "One per member per day; not exchangeable for cash.",
                     *           "effect": {
                     *             "kind": "earnMultiplier",
                     *             "multiplier": 1
                     *           },
                     *           "scope": {},
                     *           "promotionId": "summer-gift-box",
                     *           "status": "scheduled"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["PromotionList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "put-promotion": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                promotionId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Fresh Fruit Shop",
                 *       "startsAt": "2027-07-01T09:30:00Z",
                 *       "endsAt": "2027-07-01T09:30:00Z",
                 *       "conditions": "One per member per day; not exchangeable for cash.",
                 *       "effect": {
                 *         "kind": "earnMultiplier",
                 *         "multiplier": 1
                 *       },
                 *       "scope": {}
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** Format: date-time */
                    startsAt: string;
                    /** Format: date-time */
                    endsAt: string;
                    conditions?: string;
                    effect: {
                        /** @constant */
                        kind: "earnMultiplier";
                        multiplier: number;
                    } | {
                        /** @constant */
                        kind: "rewardPrice";
                        costPoints: number;
                    } | {
                        /** @constant */
                        kind: "bonusPoints";
                        points: number;
                    };
                    /** @default {} */
                    scope?: {
                        merchantIds?: string[];
                        categories?: string[];
                        rewardIds?: string[];
                        tiers?: string[];
                        creditStandings?: ("good" | "standard" | "poor")[];
                    };
                };
            };
        };
        responses: {
            /** @description The promotion was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "startsAt": "2027-07-01T09:30:00Z",
                     *       "endsAt": "2027-07-01T09:30:00Z",
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "effect": {
                     *         "kind": "earnMultiplier",
                     *         "multiplier": 1
                     *       },
                     *       "scope": {},
                     *       "promotionId": "summer-gift-box",
                     *       "status": "scheduled"
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /** @description The promotion was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "startsAt": "2027-07-01T09:30:00Z",
                     *       "endsAt": "2027-07-01T09:30:00Z",
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "effect": {
                     *         "kind": "earnMultiplier",
                     *         "multiplier": 1
                     *       },
                     *       "scope": {},
                     *       "promotionId": "summer-gift-box",
                     *       "status": "scheduled"
                     *     }
                     */
                    "application/json": components["schemas"]["Promotion"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `disclosure_required`: A reward, promotion, task, badge, set, game, birthday bonus or exchange was saved with `conditions` missing or empty (blank).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed" | "disclosure_required";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-admin-rewards": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every reward as its PUT answers it, with the stock left, in rewardId order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "name": "Fresh Fruit Shop",
                     *           "kind": "item",
                     *           "costPoints": 1000,
                     *           "valueMinor": 1,
                     *           "balance": "points",
                     *           "stock": null,
                     *           "merchantId": null,
                     *           "conditions": "One per member per day; not exchangeable for cash.",
                     *           "creditOnly": false,
                     *           "priorityWindowHours": 0,
                     *           "active": true,
                     *           "rewardId": "fruit-washing",
                     *           "publishedAt": "2027-07-01T09:30:00Z",
                     *           "upcoming": [
                     *             {
                     *               "effectiveAt": "2027-07-01T09:30:00Z",
                     *               "path": "rewards.fruit-washing.costPoints",
                     *               "from": 1000,
                     *               "to": 1200
                     *             }
                     *           ],
                     *           "stockLeft": 1
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RewardConfigList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "put-reward": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                rewardId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Fresh Fruit Shop",
                 *       "kind": "item",
                 *       "costPoints": 1000,
                 *       "valueMinor": 1,
                 *       "balance": "points",
                 *       "stock": null,
                 *       "merchantId": null,
                 *       "conditions": "One per member per day; not exchangeable for cash.",
                 *       "creditOnly": false,
                 *       "priorityWindowHours": 0,
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    name: string;
                    /** @enum {string} */
                    kind: "item" | "voucher" | "night" | "upgrade" | "service" | "partnerCurrency" | "other";
                    costPoints: number;
                    valueMinor: number;
                    /**
                     * @default points
                     * @enum {string}
                     */
                    balance?: "points" | "green";
                    /** @default null */
                    stock?: number | null;
                    /** @default null */
                    merchantId?: string | null;
                    conditions?: string;
                    /** @default false */
                    creditOnly?: boolean;
                    /** @default 0 */
                    priorityWindowHours?: number;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description The reward was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "kind": "item",
                     *       "costPoints": 1000,
                     *       "valueMinor": 1,
                     *       "balance": "points",
                     *       "stock": null,
                     *       "merchantId": null,
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "creditOnly": false,
                     *       "priorityWindowHours": 0,
                     *       "active": true,
                     *       "rewardId": "fruit-washing",
                     *       "publishedAt": "2027-07-01T09:30:00Z",
                     *       "upcoming": [
                     *         {
                     *           "effectiveAt": "2027-07-01T09:30:00Z",
                     *           "path": "rewards.fruit-washing.costPoints",
                     *           "from": 1000,
                     *           "to": 1200
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Reward"];
                };
            };
            /** @description The reward was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "kind": "item",
                     *       "costPoints": 1000,
                     *       "valueMinor": 1,
                     *       "balance": "points",
                     *       "stock": null,
                     *       "merchantId": null,
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "creditOnly": false,
                     *       "priorityWindowHours": 0,
                     *       "active": true,
                     *       "rewardId": "fruit-washing",
                     *       "publishedAt": "2027-07-01T09:30:00Z",
                     *       "upcoming": [
                     *         {
                     *           "effectiveAt": "2027-07-01T09:30:00Z",
                     *           "path": "rewards.fruit-washing.costPoints",
                     *           "from": 1000,
                     *           "to": 1200
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Reward"];
                };
            };
            /** @description Accepted: the reward is saved, but changes that hurt members wait for their date (`effectiveAt`), the old values applying until then. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "effectiveAt": "2027-07-01T09:30:00Z",
                     *       "upcoming": [
                     *         {
                     *           "effectiveAt": "2027-07-01T09:30:00Z",
                     *           "path": "rewards.fruit-washing.costPoints",
                     *           "from": 1000,
                     *           "to": 1200
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Deferral"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `disclosure_required`: A reward, promotion, task, badge, set, game, birthday bonus or exchange was saved with `conditions` missing or empty (blank).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed" | "disclosure_required";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "get-merchant-settlement": {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path: {
                merchantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What the merchant issued and honoured in `[from, to)`, and the net. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "merchantId": "fruit-shop",
                     *       "from": "2027-07-01T09:30:00Z",
                     *       "to": "2027-07-01T09:30:00Z",
                     *       "currency": "CNY",
                     *       "issued": {
                     *         "points": 400,
                     *         "amountMinor": 40000
                     *       },
                     *       "honoured": {
                     *         "points": 400,
                     *         "amountMinor": 40000
                     *       },
                     *       "netMinor": 1
                     *     }
                     */
                    "application/json": components["schemas"]["SettlementStatement"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `merchant_not_found`: The program has no merchant with this id (an earn with the admin key, a key, a statement, a merchant read).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "merchant_not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-tasks": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every task as its PUT answers it, in taskId order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "name": "Fresh Fruit Shop",
                     *           "conditions": "One per member per day; not exchangeable for cash.",
                     *           "points": 400,
                     *           "balance": "points",
                     *           "limit": {
                     *             "count": 1,
                     *             "per": "day"
                     *           },
                     *           "co2eGrams": null,
                     *           "methodology": null,
                     *           "startsAt": null,
                     *           "endsAt": null,
                     *           "active": true,
                     *           "taskId": "recycle-bottles"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["TaskList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "put-task": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Fresh Fruit Shop",
                 *       "conditions": "One per member per day; not exchangeable for cash.",
                 *       "points": 400,
                 *       "balance": "points",
                 *       "limit": {
                 *         "count": 1,
                 *         "per": "day"
                 *       },
                 *       "co2eGrams": null,
                 *       "methodology": null,
                 *       "startsAt": null,
                 *       "endsAt": null,
                 *       "active": true
                 *     }
                 */
                "application/json": {
                    name: string;
                    conditions?: string;
                    points: number;
                    /**
                     * @default points
                     * @enum {string}
                     */
                    balance?: "points" | "green";
                    limit: {
                        count: number;
                        /** @enum {string} */
                        per: "day" | "week" | "month" | "ever";
                    };
                    /** @default null */
                    co2eGrams?: number | null;
                    /** @default null */
                    methodology?: string | null;
                    /** @default null */
                    startsAt?: string | null;
                    /** @default null */
                    endsAt?: string | null;
                    /** @default true */
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description The task was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "points": 400,
                     *       "balance": "points",
                     *       "limit": {
                     *         "count": 1,
                     *         "per": "day"
                     *       },
                     *       "co2eGrams": null,
                     *       "methodology": null,
                     *       "startsAt": null,
                     *       "endsAt": null,
                     *       "active": true,
                     *       "taskId": "recycle-bottles"
                     *     }
                     */
                    "application/json": components["schemas"]["Task"];
                };
            };
            /** @description The task was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "name": "Fresh Fruit Shop",
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "points": 400,
                     *       "balance": "points",
                     *       "limit": {
                     *         "count": 1,
                     *         "per": "day"
                     *       },
                     *       "co2eGrams": null,
                     *       "methodology": null,
                     *       "startsAt": null,
                     *       "endsAt": null,
                     *       "active": true,
                     *       "taskId": "recycle-bottles"
                     *     }
                     */
                    "application/json": components["schemas"]["Task"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `disclosure_required`: A reward, promotion, task, badge, set, game, birthday bonus or exchange was saved with `conditions` missing or empty (blank).
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed" | "disclosure_required";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "get-tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tiers as last saved, lowest first, or the default tier until the operator sets them. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tiers": [
                     *         {
                     *           "id": "gold",
                     *           "name": "Fresh Fruit Shop",
                     *           "qualification": {
                     *             "nights": 2,
                     *             "spendMinor": 1,
                     *             "points": 400
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Tiers"];
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "put-tiers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "tiers": [
                 *         {
                 *           "id": "gold",
                 *           "name": "Fresh Fruit Shop",
                 *           "qualification": {
                 *             "nights": 2,
                 *             "spendMinor": 1,
                 *             "points": 400
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": {
                    tiers: {
                        id: string;
                        name: string;
                        qualification: {
                            nights?: number;
                            spendMinor?: number;
                            points?: number;
                        };
                    }[];
                };
            };
        };
        responses: {
            /** @description The tiers as saved, lowest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tiers": [
                     *         {
                     *           "id": "gold",
                     *           "name": "Fresh Fruit Shop",
                     *           "qualification": {
                     *             "nights": 2,
                     *             "spendMinor": 1,
                     *             "points": 400
                     *           }
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Tiers"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "put-webhook": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "url",
                 *       "merchantId": "fruit-shop",
                 *       "events": [
                 *         "points.earned"
                 *       ],
                 *       "active": false
                 *     }
                 */
                "application/json": {
                    url: string;
                    merchantId?: string;
                    events: ("points.earned" | "points.redeemed" | "points.reversed" | "points.expired" | "member.tier_changed" | "transfer.requested" | "transfer.confirmed" | "transfer.rejected" | "transfer.expired" | "flag.opened")[];
                    active?: boolean;
                };
            };
        };
        responses: {
            /** @description The webhook endpoint was updated. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endpointId": "endpointId",
                     *       "url": "url",
                     *       "merchantId": "fruit-shop",
                     *       "events": [
                     *         "points.earned"
                     *       ],
                     *       "active": false,
                     *       "createdAt": "2027-07-01T09:30:00Z",
                     *       "secret": "secret"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The webhook endpoint was created. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endpointId": "endpointId",
                     *       "url": "url",
                     *       "merchantId": "fruit-shop",
                     *       "events": [
                     *         "points.earned"
                     *       ],
                     *       "active": false,
                     *       "createdAt": "2027-07-01T09:30:00Z",
                     *       "secret": "secret"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `merchant_not_found`: The program has no merchant with this id (an earn with the admin key, a key, a statement, a merchant read).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "merchant_not_found";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-webhook-deliveries": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                status?: "pending" | "delivered" | "failed";
            };
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deliveries, each with its attempts, last HTTP status and next attempt. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "eventId": "eventId",
                     *           "type": "points.earned",
                     *           "status": "pending",
                     *           "attempts": 1,
                     *           "lastStatus": 1,
                     *           "nextAttemptAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookDeliveryList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `webhook_not_found`: No webhook endpoint has this `endpointId`; create it with `PUT /v1/admin/webhooks/{endpointId}`.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "webhook_not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "replay-webhook-events": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: date-time */
                    from: string;
                    /** Format: date-time */
                    to: string;
                };
            };
        };
        responses: {
            /** @description The replay is queued. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "endpointId": "endpointId",
                     *       "from": "2027-07-01T09:30:00Z",
                     *       "to": "2027-07-01T09:30:00Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookReplay"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `webhook_not_found`: No webhook endpoint has this `endpointId`; create it with `PUT /v1/admin/webhooks/{endpointId}`.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "webhook_not_found";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "rotate-webhook-secret": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /** @example {} */
                "application/json": Record<string, never>;
            };
        };
        responses: {
            /** @description The new secret (shown this once). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "secret": "secret"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSecret"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `webhook_not_found`: No webhook endpoint has this `endpointId`; create it with `PUT /v1/admin/webhooks/{endpointId}`.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "webhook_not_found";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    earn: {
        parameters: {
            query?: never;
            header: {
                /** @description Scoped to the calling key’s owner. The same key and body replays the original answer; the same key with a different body is 422 `idempotency_key_reused`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "memberId": "alice",
                 *       "merchantId": "fruit-shop",
                 *       "amountMinor": 40000,
                 *       "currency": "CNY",
                 *       "nights": 2,
                 *       "reference": "receipt-0042",
                 *       "occurredAt": "2027-07-01T09:30:00Z"
                 *     }
                 */
                "application/json": {
                    memberId: string;
                    merchantId?: string;
                    amountMinor?: number;
                    currency?: string;
                    nights?: number;
                    reference: string;
                    /** Format: date-time */
                    occurredAt?: string;
                };
            };
        };
        responses: {
            /** @description The points were earned. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *       "memberId": "alice",
                     *       "points": 400,
                     *       "breakdown": [
                     *         {
                     *           "source": "base",
                     *           "points": 400,
                     *           "promotionId": "summer-gift-box"
                     *         }
                     *       ],
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1
                     *       },
                     *       "tier": {
                     *         "id": "gold",
                     *         "changed": false
                     *       },
                     *       "badgesAwarded": [
                     *         "badgesAwarded"
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["EarnAnswer"];
                };
            };
            /**
             * @description Bad Request:
             *     - `idempotency_key_required`: A POST that moves points came without an `Idempotency-Key` header.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `malformed_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "idempotency_key_required" | "validation_failed" | "malformed_json";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Forbidden:
             *     - `member_frozen`: The member is frozen; no points can move.
             *     - `forbidden`: The key may not do this: a merchant key on an operator route, the admin key on a merchant-only route, a merchant reversing another merchant's transaction (remembered), or a merchant key earning with another merchant's `merchantId`.
             */
            403: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "member_frozen" | "forbidden";
                    };
                };
            };
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             *     - `merchant_not_found`: The program has no merchant with this id (an earn with the admin key, a key, a statement, a merchant read).
             */
            404: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found" | "merchant_not_found";
                    };
                };
            };
            /**
             * @description Conflict:
             *     - `velocity_limit`: The earn would take the member past one of the program's velocity `limits` for the UTC day; nothing was credited and a flag is open for the operator.
             */
            409: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "velocity_limit";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "get-game": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                gameId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The prize table, odds, tickets remaining and commitment. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "gameId": "spring-wheel",
                     *       "name": "Fresh Fruit Shop",
                     *       "kind": "scratchCard",
                     *       "conditions": "One per member per day; not exchangeable for cash.",
                     *       "costPoints": 1000,
                     *       "tickets": 1,
                     *       "prizes": [
                     *         {
                     *           "prizeId": "big-prize",
                     *           "name": "Fresh Fruit Shop",
                     *           "points": 400,
                     *           "rewardId": "fruit-washing",
                     *           "count": 1,
                     *           "remaining": 1
                     *         }
                     *       ],
                     *       "expectedReturnPoints": 1,
                     *       "commitment": "commitment",
                     *       "startsAt": "startsAt",
                     *       "endsAt": "endsAt",
                     *       "remaining": 1,
                     *       "reveal": {
                     *         "seed": "seed",
                     *         "order": [
                     *           "order"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["Game"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Not Found:
             *     - `game_not_found`: The game does not exist.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "game_not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "play-game": {
        parameters: {
            query?: never;
            header: {
                /** @description Scoped to the calling key’s owner. The same key and body replays the original answer; the same key with a different body is 422 `idempotency_key_reused`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                gameId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberId: string;
                    spendCode?: string;
                };
            };
        };
        responses: {
            /** @description The ticket was played. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *       "memberId": "alice",
                     *       "gameId": "spring-wheel",
                     *       "ticket": 1,
                     *       "prize": {
                     *         "prizeId": "big-prize",
                     *         "name": "Fresh Fruit Shop",
                     *         "points": 400,
                     *         "rewardId": "fruit-washing"
                     *       },
                     *       "points": 400,
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["GamePlay"];
                };
            };
            /**
             * @description Bad Request:
             *     - `idempotency_key_required`: A POST that moves points came without an `Idempotency-Key` header.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `malformed_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "idempotency_key_required" | "validation_failed" | "malformed_json";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Forbidden:
             *     - `member_frozen`: The member is frozen; no points can move.
             *     - `spend_code_required`: The program asks for the member's consent to this spend, and the body carries no `spendCode`. Not remembered under the `Idempotency-Key`: retry with the code.
             *     - `spend_code_invalid`: The `spendCode` is not the member's current one: unknown, used, expired, voided by a newer code, or another member's. Not remembered; it counts toward the lock.
             */
            403: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "member_frozen" | "spend_code_required" | "spend_code_invalid";
                    };
                };
            };
            /**
             * @description Not Found:
             *     - `game_not_found`: The game does not exist.
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "game_not_found" | "member_not_found";
                    };
                };
            };
            /**
             * @description Conflict:
             *     - `game_not_active`: The game is played only within `[startsAt, endsAt)`; nothing was written.
             *     - `game_sold_out`: Every ticket of the game's urn has been played; nothing was written.
             *     - `insufficient_points`: The balance does not cover the redemption, the payment, the play or the negative adjustment (a balance below zero covers nothing); nothing was written.
             */
            409: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "game_not_active" | "game_sold_out" | "insufficient_points";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            /**
             * @description Too Many Requests:
             *     - `spend_code_locked`: After 5 invalid spend codes within 15 minutes, the member's spends with a merchant key are refused until `Retry-After` seconds have passed.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "spend_code_locked";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "get-member": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member’s balances, tier, expiring points and state. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memberId": "alice",
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1,
                     *         "pending": 1
                     *       },
                     *       "pending": [
                     *         {
                     *           "points": 400,
                     *           "availableAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "tier": {
                     *         "id": "gold",
                     *         "name": "Fresh Fruit Shop",
                     *         "since": "2027-07-01T09:30:00Z",
                     *         "qualifying": {
                     *           "nights": 2,
                     *           "spendMinor": 1,
                     *           "points": 400
                     *         },
                     *         "next": {
                     *           "id": "gold",
                     *           "remaining": {}
                     *         }
                     *       },
                     *       "expiring": [
                     *         {
                     *           "points": 400,
                     *           "expiresAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creditStanding": "good",
                     *       "frozen": false,
                     *       "badges": [
                     *         {
                     *           "badgeId": "recycler",
                     *           "awardedAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "badgeSets": [
                     *         {
                     *           "setId": "green-hero",
                     *           "completedAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MemberStatement"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "enrol-member": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                /**
                 * @example {
                 *       "profile": {}
                 *     }
                 */
                "application/json": {
                    profile?: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description The member was already enrolled; nothing changed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memberId": "alice",
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1,
                     *         "pending": 1
                     *       },
                     *       "pending": [
                     *         {
                     *           "points": 400,
                     *           "availableAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "tier": {
                     *         "id": "gold",
                     *         "name": "Fresh Fruit Shop",
                     *         "since": "2027-07-01T09:30:00Z",
                     *         "qualifying": {
                     *           "nights": 2,
                     *           "spendMinor": 1,
                     *           "points": 400
                     *         },
                     *         "next": {
                     *           "id": "gold",
                     *           "remaining": {}
                     *         }
                     *       },
                     *       "expiring": [
                     *         {
                     *           "points": 400,
                     *           "expiresAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creditStanding": "good",
                     *       "frozen": false,
                     *       "badges": [
                     *         {
                     *           "badgeId": "recycler",
                     *           "awardedAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "badgeSets": [
                     *         {
                     *           "setId": "green-hero",
                     *           "completedAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MemberStatement"];
                };
            };
            /** @description The member was enrolled. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memberId": "alice",
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1,
                     *         "pending": 1
                     *       },
                     *       "pending": [
                     *         {
                     *           "points": 400,
                     *           "availableAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "tier": {
                     *         "id": "gold",
                     *         "name": "Fresh Fruit Shop",
                     *         "since": "2027-07-01T09:30:00Z",
                     *         "qualifying": {
                     *           "nights": 2,
                     *           "spendMinor": 1,
                     *           "points": 400
                     *         },
                     *         "next": {
                     *           "id": "gold",
                     *           "remaining": {}
                     *         }
                     *       },
                     *       "expiring": [
                     *         {
                     *           "points": 400,
                     *           "expiresAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "creditStanding": "good",
                     *       "frozen": false,
                     *       "badges": [
                     *         {
                     *           "badgeId": "recycler",
                     *           "awardedAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ],
                     *       "badgeSets": [
                     *         {
                     *           "setId": "green-hero",
                     *           "completedAt": "2027-07-01T09:30:00Z"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["MemberStatement"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-activity": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
            };
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The member’s ledger entries, newest first (a merchant sees its own). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *           "type": "earn",
                     *           "balanceName": "points",
                     *           "points": 400,
                     *           "delta": 1,
                     *           "balance": 1,
                     *           "merchantId": "fruit-shop",
                     *           "reference": "receipt-0042",
                     *           "createdAt": "2027-07-01T09:30:00Z",
                     *           "rulesVersion": 1
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["ActivityList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "get-green-report": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                memberId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Green points earned and spent, and the CO₂e of the member’s task completions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "memberId": "alice",
                     *       "balance": 1,
                     *       "earned": 1,
                     *       "spent": 1,
                     *       "co2eGrams": 1,
                     *       "byTask": [
                     *         {
                     *           "taskId": "recycle-bottles",
                     *           "completions": 1,
                     *           "points": 400,
                     *           "co2eGrams": 1
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["GreenReport"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "get-openapi": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description This document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "openapi": "3.1.0",
                     *       "info": {},
                     *       "paths": {}
                     *     }
                     */
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            /** @description Not modified: the ETag in `If-None-Match` is still the current one. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            500: components["responses"]["InternalError"];
        };
    };
    redeem: {
        parameters: {
            query?: never;
            header: {
                /** @description Scoped to the calling key’s owner. The same key and body replays the original answer; the same key with a different body is 422 `idempotency_key_reused`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberId: string;
                    rewardId?: string;
                    quantity?: number;
                    payment?: {
                        amountMinor: number;
                    };
                    spendCode?: string;
                };
            };
        };
        responses: {
            /** @description The reward was redeemed or the payment was made. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *       "memberId": "alice",
                     *       "points": 400,
                     *       "rewardId": "fruit-washing",
                     *       "quantity": 1,
                     *       "promotionId": "summer-gift-box",
                     *       "coveredMinor": 1,
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["RedemptionAnswer"];
                };
            };
            /**
             * @description Bad Request:
             *     - `idempotency_key_required`: A POST that moves points came without an `Idempotency-Key` header.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `malformed_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "idempotency_key_required" | "validation_failed" | "malformed_json";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Forbidden:
             *     - `member_frozen`: The member is frozen; no points can move.
             *     - `credit_required`: The reward is `creditOnly` and the member is not in `good` credit standing.
             *     - `spend_code_required`: The program asks for the member's consent to this spend, and the body carries no `spendCode`. Not remembered under the `Idempotency-Key`: retry with the code.
             *     - `spend_code_invalid`: The `spendCode` is not the member's current one: unknown, used, expired, voided by a newer code, or another member's. Not remembered; it counts toward the lock.
             */
            403: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "member_frozen" | "credit_required" | "spend_code_required" | "spend_code_invalid";
                    };
                };
            };
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             *     - `reward_not_found`: The reward does not exist or is not active.
             */
            404: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found" | "reward_not_found";
                    };
                };
            };
            /**
             * @description Conflict:
             *     - `insufficient_points`: The balance does not cover the redemption, the payment, the play or the negative adjustment (a balance below zero covers nothing); nothing was written.
             *     - `out_of_stock`: Not enough of a limited-stock reward is left for the quantity asked.
             *     - `priority_window`: The limited-stock reward is still reserved for members in `good` credit standing.
             */
            409: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "insufficient_points" | "out_of_stock" | "priority_window";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            /**
             * @description Too Many Requests:
             *     - `spend_code_locked`: After 5 invalid spend codes within 15 minutes, the member's spends with a merchant key are refused until `Retry-After` seconds have passed.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "spend_code_locked";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    reverse: {
        parameters: {
            query?: never;
            header: {
                /** @description Scoped to the calling key’s owner. The same key and body replays the original answer; the same key with a different body is 422 `idempotency_key_reused`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                 *       "reason": "customer returned the goods",
                 *       "amountMinor": 40000
                 *     }
                 */
                "application/json": {
                    transactionId: string;
                    reason: string;
                    amountMinor?: number;
                };
            };
        };
        responses: {
            /** @description The reversal transaction. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *       "reverses": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *       "points": 400,
                     *       "recoveredPoints": 1,
                     *       "unrecoveredPoints": 1,
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1
                     *       },
                     *       "tier": {
                     *         "id": "gold",
                     *         "changed": false
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ReversalAnswer"];
                };
            };
            /**
             * @description Bad Request:
             *     - `idempotency_key_required`: A POST that moves points came without an `Idempotency-Key` header.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `malformed_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "idempotency_key_required" | "validation_failed" | "malformed_json";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Forbidden:
             *     - `forbidden`: The key may not do this: a merchant key on an operator route, the admin key on a merchant-only route, a merchant reversing another merchant's transaction (remembered), or a merchant key earning with another merchant's `merchantId`.
             *     - `member_frozen`: The member is frozen; no points can move.
             */
            403: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "forbidden" | "member_frozen";
                    };
                };
            };
            /**
             * @description Not Found:
             *     - `not_found`: No such route, or the key (revocation) or transaction (reversal) named does not exist.
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "not_found" | "member_not_found";
                    };
                };
            };
            /**
             * @description Conflict:
             *     - `already_reversed`: Nothing (or not that much) is left to reverse of the transaction.
             */
            409: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "already_reversed";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-rewards": {
        parameters: {
            query?: {
                limit?: number;
                cursor?: string;
                memberId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every active reward, priced for this member now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "rewardId": "fruit-washing",
                     *           "name": "Fresh Fruit Shop",
                     *           "kind": "kind",
                     *           "balance": "points",
                     *           "costPoints": 1000,
                     *           "listCostPoints": 1,
                     *           "valueMinor": 1,
                     *           "stock": 1,
                     *           "merchantId": "fruit-shop",
                     *           "creditOnly": false,
                     *           "conditions": "One per member per day; not exchangeable for cash.",
                     *           "promotion": {
                     *             "promotionId": "summer-gift-box",
                     *             "name": "Fresh Fruit Shop",
                     *             "endsAt": "2027-07-01T09:30:00Z"
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["RewardList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "get-rules": {
        parameters: {
            query?: {
                version?: number;
                asOf?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program’s rules, disclosures and conditions, word for word, with the version they are and when it took effect; the values in force, and under `upcoming` the changes waiting for their notice date. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "version": 1,
                     *       "effectiveFrom": "2027-07-01T09:30:00Z",
                     *       "program": {
                     *         "name": "Fresh Fruit Shop",
                     *         "currency": "CNY",
                     *         "paymentPointsPerUnit": 1,
                     *         "expiryMonths": 1,
                     *         "tierWindowMonths": 1,
                     *         "creditPerks": {
                     *           "earnMultiplier": 1,
                     *           "redemptionDiscountPercent": 0
                     *         },
                     *         "memberConsent": {
                     *           "required": false,
                     *           "abovePoints": 1
                     *         },
                     *         "birthdayBonus": {
                     *           "points": 400,
                     *           "conditions": "One per member per day; not exchangeable for cash."
                     *         }
                     *       },
                     *       "disclosure": {
                     *         "zh": "zh",
                     *         "en": "en"
                     *       },
                     *       "earnRules": [
                     *         {
                     *           "name": "Fresh Fruit Shop",
                     *           "category": "grocery",
                     *           "green": false,
                     *           "earnRules": [
                     *             {
                     *               "kind": "spend",
                     *               "points": 400,
                     *               "perMinor": 1,
                     *               "tierMultipliers": {},
                     *               "balance": "points"
                     *             }
                     *           ],
                     *           "merchantId": "fruit-shop"
                     *         }
                     *       ],
                     *       "exchangePartners": [
                     *         {
                     *           "currency": "CNY",
                     *           "pointsPerUnit": 1,
                     *           "bonus": {
                     *             "everyPoints": 1,
                     *             "units": 1
                     *           },
                     *           "minPoints": 1,
                     *           "incrementPoints": 1,
                     *           "confirmWithinHours": 72,
                     *           "conditions": "One per member per day; not exchangeable for cash.",
                     *           "merchantId": "fruit-shop",
                     *           "name": "Fresh Fruit Shop"
                     *         }
                     *       ],
                     *       "tiers": [
                     *         {
                     *           "id": "gold",
                     *           "name": "Fresh Fruit Shop",
                     *           "qualification": {
                     *             "nights": 2,
                     *             "spendMinor": 1,
                     *             "points": 400
                     *           }
                     *         }
                     *       ],
                     *       "rewards": [
                     *         {
                     *           "rewardId": "fruit-washing",
                     *           "name": "Fresh Fruit Shop",
                     *           "conditions": "One per member per day; not exchangeable for cash."
                     *         }
                     *       ],
                     *       "promotions": [
                     *         {
                     *           "promotionId": "summer-gift-box",
                     *           "name": "Fresh Fruit Shop",
                     *           "status": "scheduled",
                     *           "conditions": "One per member per day; not exchangeable for cash."
                     *         }
                     *       ],
                     *       "games": [
                     *         {
                     *           "gameId": "spring-wheel",
                     *           "name": "Fresh Fruit Shop",
                     *           "kind": "scratchCard",
                     *           "conditions": "One per member per day; not exchangeable for cash.",
                     *           "costPoints": 1000,
                     *           "tickets": 1,
                     *           "prizes": [
                     *             {
                     *               "prizeId": "big-prize",
                     *               "name": "Fresh Fruit Shop",
                     *               "points": 400,
                     *               "rewardId": "fruit-washing",
                     *               "count": 1
                     *             }
                     *           ],
                     *           "expectedReturnPoints": 1,
                     *           "commitment": "commitment",
                     *           "startsAt": "startsAt",
                     *           "endsAt": "endsAt"
                     *         }
                     *       ],
                     *       "upcoming": [
                     *         {
                     *           "effectiveAt": "2027-07-01T09:30:00Z",
                     *           "path": "rewards.fruit-washing.costPoints",
                     *           "from": 1000,
                     *           "to": 1200
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": components["schemas"]["Rules"];
                };
            };
            /** @description Not modified: the ETag in `If-None-Match` is still the current one. */
            304: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["ValidationFailed"];
            /**
             * @description Not Found:
             *     - `rules_version_not_found`: No rules version has that number, or the time asked for is before the first version took effect.
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "rules_version_not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "get-own-settlement": {
        parameters: {
            query: {
                from: string;
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What this merchant issued and honoured in `[from, to)`, and the net. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "merchantId": "fruit-shop",
                     *       "from": "2027-07-01T09:30:00Z",
                     *       "to": "2027-07-01T09:30:00Z",
                     *       "currency": "CNY",
                     *       "issued": {
                     *         "points": 400,
                     *         "amountMinor": 40000
                     *       },
                     *       "honoured": {
                     *         "points": 400,
                     *         "amountMinor": 40000
                     *       },
                     *       "netMinor": 1
                     *     }
                     */
                    "application/json": components["schemas"]["SettlementStatement"];
                    "text/csv": string;
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "complete-task": {
        parameters: {
            query?: never;
            header: {
                /** @description Scoped to the calling key’s owner. The same key and body replays the original answer; the same key with a different body is 422 `idempotency_key_reused`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path: {
                taskId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "memberId": "alice",
                 *       "reference": "receipt-0042"
                 *     }
                 */
                "application/json": {
                    memberId: string;
                    reference: string;
                };
            };
        };
        responses: {
            /** @description The completion, with the badges and sets it awarded. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *       "memberId": "alice",
                     *       "taskId": "recycle-bottles",
                     *       "points": 400,
                     *       "balanceName": "points",
                     *       "badgesAwarded": [
                     *         "badgesAwarded"
                     *       ],
                     *       "setsCompleted": [
                     *         {
                     *           "setId": "green-hero",
                     *           "prizePoints": 1
                     *         }
                     *       ],
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["CompletionAnswer"];
                };
            };
            /**
             * @description Bad Request:
             *     - `idempotency_key_required`: A POST that moves points came without an `Idempotency-Key` header.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `malformed_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "idempotency_key_required" | "validation_failed" | "malformed_json";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Forbidden:
             *     - `member_frozen`: The member is frozen; no points can move.
             */
            403: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "member_frozen";
                    };
                };
            };
            /**
             * @description Not Found:
             *     - `task_not_found`: The task does not exist.
             *     - `member_not_found`: The member is not enrolled.
             */
            404: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "task_not_found" | "member_not_found";
                    };
                };
            };
            /**
             * @description Conflict:
             *     - `task_not_active`: The task is inactive (`active: false`) or outside `[startsAt, endsAt)`.
             *     - `task_limit_reached`: The member has completed the task as often as its `limit` allows in this period.
             */
            409: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "task_not_active" | "task_limit_reached";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "list-transfers": {
        parameters: {
            query: {
                limit?: number;
                cursor?: string;
                status: "pending";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending transfers to this partner, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "items": [
                     *         {
                     *           "transferId": "transferId",
                     *           "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *           "memberId": "alice",
                     *           "partnerId": "partnerId",
                     *           "points": 400,
                     *           "units": 1,
                     *           "partnerAccount": "partnerAccount",
                     *           "status": "pending",
                     *           "createdAt": "2027-07-01T09:30:00Z",
                     *           "expiresAt": "2027-07-01T09:30:00Z",
                     *           "endedAt": "2027-07-01T09:30:00Z",
                     *           "partnerReference": "partnerReference",
                     *           "reason": "customer returned the goods"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": components["schemas"]["TransferList"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "post-transfer": {
        parameters: {
            query?: never;
            header: {
                /** @description Scoped to the calling key’s owner. The same key and body replays the original answer; the same key with a different body is 422 `idempotency_key_reused`. */
                "Idempotency-Key": components["parameters"]["IdempotencyKey"];
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    memberId: string;
                    partnerId: string;
                    points: number;
                    partnerAccount: string;
                    spendCode?: string;
                };
            };
        };
        responses: {
            /** @description The pending transfer, and the member’s balances after it. */
            201: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transferId": "transferId",
                     *       "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *       "memberId": "alice",
                     *       "partnerId": "partnerId",
                     *       "points": 400,
                     *       "units": 1,
                     *       "status": "pending",
                     *       "expiresAt": "2027-07-01T09:30:00Z",
                     *       "balances": {
                     *         "points": 400,
                     *         "green": 1
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["TransferCreated"];
                };
            };
            /**
             * @description Bad Request:
             *     - `idempotency_key_required`: A POST that moves points came without an `Idempotency-Key` header.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             *     - `malformed_json`: The body is not valid JSON.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "idempotency_key_required" | "validation_failed" | "malformed_json";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Forbidden:
             *     - `member_frozen`: The member is frozen; no points can move.
             *     - `spend_code_required`: The program asks for the member's consent to this spend, and the body carries no `spendCode`. Not remembered under the `Idempotency-Key`: retry with the code.
             *     - `spend_code_invalid`: The `spendCode` is not the member's current one: unknown, used, expired, voided by a newer code, or another member's. Not remembered; it counts toward the lock.
             */
            403: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 403;
                        /** @enum {unknown} */
                        code?: "member_frozen" | "spend_code_required" | "spend_code_invalid";
                    };
                };
            };
            /**
             * @description Not Found:
             *     - `member_not_found`: The member is not enrolled.
             *     - `partner_not_found`: The merchant named as `partnerId` does not exist or offers no `exchange`; nothing was written.
             */
            404: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "member_not_found" | "partner_not_found";
                    };
                };
            };
            /**
             * @description Conflict:
             *     - `insufficient_points`: The balance does not cover the redemption, the payment, the play or the negative adjustment (a balance below zero covers nothing); nothing was written.
             */
            409: {
                headers: {
                    "Idempotent-Replayed": components["headers"]["IdempotentReplayed"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "insufficient_points";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            422: components["responses"]["IdempotencyKeyReused"];
            /**
             * @description Too Many Requests:
             *     - `spend_code_locked`: After 5 invalid spend codes within 15 minutes, the member's spends with a merchant key are refused until `Retry-After` seconds have passed.
             */
            429: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 429;
                        /** @enum {unknown} */
                        code?: "spend_code_locked";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "get-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transferId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfer as it is now. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transferId": "transferId",
                     *       "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *       "memberId": "alice",
                     *       "partnerId": "partnerId",
                     *       "points": 400,
                     *       "units": 1,
                     *       "partnerAccount": "partnerAccount",
                     *       "status": "pending",
                     *       "createdAt": "2027-07-01T09:30:00Z",
                     *       "expiresAt": "2027-07-01T09:30:00Z",
                     *       "endedAt": "2027-07-01T09:30:00Z",
                     *       "partnerReference": "partnerReference",
                     *       "reason": "customer returned the goods"
                     *     }
                     */
                    "application/json": components["schemas"]["Transfer"];
                };
            };
            400: components["responses"]["ValidationFailed"];
            401: components["responses"]["Unauthenticated"];
            /**
             * @description Not Found:
             *     - `transfer_not_found`: No transfer has this id that the calling key may see (its partner, the key that posted it, or the operator).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "transfer_not_found";
                    };
                };
            };
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "confirm-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "partnerReference": "partnerReference"
                 *     }
                 */
                "application/json": {
                    partnerReference: string;
                };
            };
        };
        responses: {
            /** @description The transfer, `confirmed`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transferId": "transferId",
                     *       "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *       "memberId": "alice",
                     *       "partnerId": "partnerId",
                     *       "points": 400,
                     *       "units": 1,
                     *       "partnerAccount": "partnerAccount",
                     *       "status": "pending",
                     *       "createdAt": "2027-07-01T09:30:00Z",
                     *       "expiresAt": "2027-07-01T09:30:00Z",
                     *       "endedAt": "2027-07-01T09:30:00Z",
                     *       "partnerReference": "partnerReference",
                     *       "reason": "customer returned the goods"
                     *     }
                     */
                    "application/json": components["schemas"]["Transfer"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `transfer_not_found`: No transfer has this id that the calling key may see (its partner, the key that posted it, or the operator).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "transfer_not_found";
                    };
                };
            };
            /**
             * @description Conflict:
             *     - `transfer_closed`: The transfer has ended (confirmed, rejected or expired) other than as this call asks; the same confirm or reject again, with the same body, answers 200 with the transfer as it is.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "transfer_closed";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    "reject-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path: {
                transferId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "customer returned the goods"
                 *     }
                 */
                "application/json": {
                    reason: string;
                };
            };
        };
        responses: {
            /** @description The transfer, `rejected`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "transferId": "transferId",
                     *       "transactionId": "fruit-shop:6f1c2d3e4a5b6c7d8e9f0a1b2c3d4e5f",
                     *       "memberId": "alice",
                     *       "partnerId": "partnerId",
                     *       "points": 400,
                     *       "units": 1,
                     *       "partnerAccount": "partnerAccount",
                     *       "status": "pending",
                     *       "createdAt": "2027-07-01T09:30:00Z",
                     *       "expiresAt": "2027-07-01T09:30:00Z",
                     *       "endedAt": "2027-07-01T09:30:00Z",
                     *       "partnerReference": "partnerReference",
                     *       "reason": "customer returned the goods"
                     *     }
                     */
                    "application/json": components["schemas"]["Transfer"];
                };
            };
            /**
             * @description Bad Request:
             *     - `malformed_json`: The body is not valid JSON.
             *     - `validation_failed`: A field, path parameter, query parameter or the `Idempotency-Key` is invalid; `errors` names each (`path` is the dotted field path, `(body)` for the body as a whole). Among others: a reversal of an entry that cannot be reversed, a partial reversal of a transaction that is not amount-based, an earn whose merchant has no rule for what is given, an admin earn without `merchantId`, an earn `currency` other than the program's, an `occurredAt` out of bounds, a reserved merchant id, a key's `expiresAt` that is past or more than 2 years ahead, an earn or payment that would come to more than 10^12 points.
             */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 400;
                        /** @enum {unknown} */
                        code?: "malformed_json" | "validation_failed";
                    };
                };
            };
            401: components["responses"]["Unauthenticated"];
            403: components["responses"]["Forbidden"];
            /**
             * @description Not Found:
             *     - `transfer_not_found`: No transfer has this id that the calling key may see (its partner, the key that posted it, or the operator).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 404;
                        /** @enum {unknown} */
                        code?: "transfer_not_found";
                    };
                };
            };
            /**
             * @description Conflict:
             *     - `transfer_closed`: The transfer has ended (confirmed, rejected or expired) other than as this call asks; the same confirm or reject again, with the same body, answers 200 with the transfer as it is.
             */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"] & {
                        /** @constant */
                        status?: 409;
                        /** @enum {unknown} */
                        code?: "transfer_closed";
                    };
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["InternalError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
}
type FlattenedDeepRequired<T> = {
    [K in keyof T]-?: FlattenedDeepRequired<T[K] extends unknown[] | undefined | null ? Extract<T[K], unknown[]>[number] : T[K]>;
};
type ReadonlyArray<T> = [
    Exclude<T, undefined>
] extends [
    unknown[]
] ? Readonly<Exclude<T, undefined>> : Readonly<Exclude<T, undefined>[]>;
export const pathsProblemsCodeGetResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/problems/{code}"]["get"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["not_found"];
export const pathsV1AdminAdjustmentsPostRequestBodyContentApplicationJsonBalanceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/adjustments"]["post"]["requestBody"]["content"]["application/json"]["balance"]> = ["points", "green"];
export const pathsV1AdminAdjustmentsPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/adjustments"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["idempotency_key_required", "validation_failed", "malformed_json"];
export const pathsV1AdminAdjustmentsPostResponses403ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/adjustments"]["post"]["responses"]["403"]["content"]["application/problem+json"]["code"]> = ["forbidden"];
export const pathsV1AdminAdjustmentsPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/adjustments"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found"];
export const pathsV1AdminAdjustmentsPostResponses409ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/adjustments"]["post"]["responses"]["409"]["content"]["application/problem+json"]["code"]> = ["insufficient_points"];
export const pathsV1AdminBadgeSetsSetIdPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/badge-sets/{setId}"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed", "disclosure_required"];
export const pathsV1AdminBadgesBadgeIdPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/badges/{badgeId}"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed", "disclosure_required"];
export const pathsV1AdminFlagsGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/flags"]["get"]["parameters"]["query"]["status"]> = ["open", "cleared"];
export const pathsV1AdminFlagsFlagIdClearPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/flags/{flagId}/clear"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminFlagsFlagIdClearPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/flags/{flagId}/clear"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["flag_not_found"];
export const pathsV1AdminGamesGameIdPutRequestBodyContentApplicationJsonKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/games/{gameId}"]["put"]["requestBody"]["content"]["application/json"]["kind"]> = ["scratchCard", "wheel"];
export const pathsV1AdminGamesGameIdPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/games/{gameId}"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed", "disclosure_required"];
export const pathsV1AdminGamesGameIdPutResponses409ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/games/{gameId}"]["put"]["responses"]["409"]["content"]["application/problem+json"]["code"]> = ["game_locked"];
export const pathsV1AdminJobsJobPostParametersPathJobValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/jobs/{job}"]["post"]["parameters"]["path"]["job"]> = ["promotions", "expiry", "tiers", "bonuses", "transfers"];
export const pathsV1AdminJobsJobPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/jobs/{job}"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminKeysKeyIdDeleteResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/keys/{keyId}"]["delete"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminKeysKeyIdDeleteResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/keys/{keyId}"]["delete"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["not_found"];
export const pathsV1AdminMembersMemberIdBirthdayPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/members/{memberId}/birthday"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminMembersMemberIdBirthdayPutResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/members/{memberId}/birthday"]["put"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found"];
export const pathsV1AdminMembersMemberIdCreditPutRequestBodyContentApplicationJsonStandingValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/members/{memberId}/credit"]["put"]["requestBody"]["content"]["application/json"]["standing"]> = ["good", "standard", "poor"];
export const pathsV1AdminMembersMemberIdCreditPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/members/{memberId}/credit"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminMembersMemberIdCreditPutResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/members/{memberId}/credit"]["put"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found"];
export const pathsV1AdminMembersMemberIdFreezePostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/members/{memberId}/freeze"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminMembersMemberIdFreezePostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/members/{memberId}/freeze"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found"];
export const pathsV1AdminMembersMemberIdSpendCodesPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/members/{memberId}/spend-codes"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found"];
export const pathsV1AdminMembersMemberIdUnfreezePostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/members/{memberId}/unfreeze"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminMembersMemberIdUnfreezePostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/members/{memberId}/unfreeze"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found"];
export const pathsV1AdminMerchantsMerchantIdGetResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/merchants/{merchantId}"]["get"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["merchant_not_found"];
export const pathsV1AdminMerchantsMerchantIdPutRequestBodyContentApplicationJsonEarnRulesOneOf0BalanceValues: ReadonlyArray<Extract<FlattenedDeepRequired<paths>["/v1/admin/merchants/{merchantId}"]["put"]["requestBody"]["content"]["application/json"]["earnRules"], {
    balance: unknown;
}>["balance"]> = ["points", "green"];
export const pathsV1AdminMerchantsMerchantIdPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/merchants/{merchantId}"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminMerchantsMerchantIdKeysGetResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/merchants/{merchantId}/keys"]["get"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["merchant_not_found"];
export const pathsV1AdminMerchantsMerchantIdKeysPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/merchants/{merchantId}/keys"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminMerchantsMerchantIdKeysPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/merchants/{merchantId}/keys"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["merchant_not_found"];
export const pathsV1AdminProgramPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/program"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed", "disclosure_required"];
export const pathsV1AdminPromotionsPromotionIdPutRequestBodyContentApplicationJsonScopeCreditStandingsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/promotions/{promotionId}"]["put"]["requestBody"]["content"]["application/json"]["scope"]["creditStandings"]> = ["good", "standard", "poor"];
export const pathsV1AdminPromotionsPromotionIdPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/promotions/{promotionId}"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed", "disclosure_required"];
export const pathsV1AdminRewardsRewardIdPutRequestBodyContentApplicationJsonKindValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/rewards/{rewardId}"]["put"]["requestBody"]["content"]["application/json"]["kind"]> = ["item", "voucher", "night", "upgrade", "service", "partnerCurrency", "other"];
export const pathsV1AdminRewardsRewardIdPutRequestBodyContentApplicationJsonBalanceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/rewards/{rewardId}"]["put"]["requestBody"]["content"]["application/json"]["balance"]> = ["points", "green"];
export const pathsV1AdminRewardsRewardIdPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/rewards/{rewardId}"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed", "disclosure_required"];
export const pathsV1AdminSettlementsMerchantIdGetResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/settlements/{merchantId}"]["get"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["merchant_not_found"];
export const pathsV1AdminTasksTaskIdPutRequestBodyContentApplicationJsonBalanceValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/tasks/{taskId}"]["put"]["requestBody"]["content"]["application/json"]["balance"]> = ["points", "green"];
export const pathsV1AdminTasksTaskIdPutRequestBodyContentApplicationJsonLimitPerValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/tasks/{taskId}"]["put"]["requestBody"]["content"]["application/json"]["limit"]["per"]> = ["day", "week", "month", "ever"];
export const pathsV1AdminTasksTaskIdPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/tasks/{taskId}"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed", "disclosure_required"];
export const pathsV1AdminTiersPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/tiers"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminWebhooksEndpointIdPutRequestBodyContentApplicationJsonEventsValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/webhooks/{endpointId}"]["put"]["requestBody"]["content"]["application/json"]["events"]> = ["points.earned", "points.redeemed", "points.reversed", "points.expired", "member.tier_changed", "transfer.requested", "transfer.confirmed", "transfer.rejected", "transfer.expired", "flag.opened"];
export const pathsV1AdminWebhooksEndpointIdPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/webhooks/{endpointId}"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminWebhooksEndpointIdPutResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/webhooks/{endpointId}"]["put"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["merchant_not_found"];
export const pathsV1AdminWebhooksEndpointIdDeliveriesGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/webhooks/{endpointId}/deliveries"]["get"]["parameters"]["query"]["status"]> = ["pending", "delivered", "failed"];
export const pathsV1AdminWebhooksEndpointIdDeliveriesGetResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/webhooks/{endpointId}/deliveries"]["get"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["webhook_not_found"];
export const pathsV1AdminWebhooksEndpointIdReplayPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/webhooks/{endpointId}/replay"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminWebhooksEndpointIdReplayPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/webhooks/{endpointId}/replay"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["webhook_not_found"];
export const pathsV1AdminWebhooksEndpointIdRotateSecretPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/webhooks/{endpointId}/rotate-secret"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1AdminWebhooksEndpointIdRotateSecretPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/admin/webhooks/{endpointId}/rotate-secret"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["webhook_not_found"];
export const pathsV1EarnPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/earn"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["idempotency_key_required", "validation_failed", "malformed_json"];
export const pathsV1EarnPostResponses403ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/earn"]["post"]["responses"]["403"]["content"]["application/problem+json"]["code"]> = ["member_frozen", "forbidden"];
export const pathsV1EarnPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/earn"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found", "merchant_not_found"];
export const pathsV1EarnPostResponses409ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/earn"]["post"]["responses"]["409"]["content"]["application/problem+json"]["code"]> = ["velocity_limit"];
export const pathsV1GamesGameIdGetResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/games/{gameId}"]["get"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["game_not_found"];
export const pathsV1GamesGameIdPlaysPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/games/{gameId}/plays"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["idempotency_key_required", "validation_failed", "malformed_json"];
export const pathsV1GamesGameIdPlaysPostResponses403ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/games/{gameId}/plays"]["post"]["responses"]["403"]["content"]["application/problem+json"]["code"]> = ["member_frozen", "spend_code_required", "spend_code_invalid"];
export const pathsV1GamesGameIdPlaysPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/games/{gameId}/plays"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["game_not_found", "member_not_found"];
export const pathsV1GamesGameIdPlaysPostResponses409ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/games/{gameId}/plays"]["post"]["responses"]["409"]["content"]["application/problem+json"]["code"]> = ["game_not_active", "game_sold_out", "insufficient_points"];
export const pathsV1GamesGameIdPlaysPostResponses429ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/games/{gameId}/plays"]["post"]["responses"]["429"]["content"]["application/problem+json"]["code"]> = ["spend_code_locked"];
export const pathsV1MembersMemberIdGetResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/members/{memberId}"]["get"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found"];
export const pathsV1MembersMemberIdPutResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/members/{memberId}"]["put"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1MembersMemberIdActivityGetResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/members/{memberId}/activity"]["get"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found"];
export const pathsV1MembersMemberIdGreenReportGetResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/members/{memberId}/green-report"]["get"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found"];
export const pathsV1RedemptionsPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/redemptions"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["idempotency_key_required", "validation_failed", "malformed_json"];
export const pathsV1RedemptionsPostResponses403ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/redemptions"]["post"]["responses"]["403"]["content"]["application/problem+json"]["code"]> = ["member_frozen", "credit_required", "spend_code_required", "spend_code_invalid"];
export const pathsV1RedemptionsPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/redemptions"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found", "reward_not_found"];
export const pathsV1RedemptionsPostResponses409ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/redemptions"]["post"]["responses"]["409"]["content"]["application/problem+json"]["code"]> = ["insufficient_points", "out_of_stock", "priority_window"];
export const pathsV1RedemptionsPostResponses429ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/redemptions"]["post"]["responses"]["429"]["content"]["application/problem+json"]["code"]> = ["spend_code_locked"];
export const pathsV1ReversalsPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/reversals"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["idempotency_key_required", "validation_failed", "malformed_json"];
export const pathsV1ReversalsPostResponses403ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/reversals"]["post"]["responses"]["403"]["content"]["application/problem+json"]["code"]> = ["forbidden", "member_frozen"];
export const pathsV1ReversalsPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/reversals"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["not_found", "member_not_found"];
export const pathsV1ReversalsPostResponses409ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/reversals"]["post"]["responses"]["409"]["content"]["application/problem+json"]["code"]> = ["already_reversed"];
export const pathsV1RewardsGetResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/rewards"]["get"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found"];
export const pathsV1RulesGetResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/rules"]["get"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["rules_version_not_found"];
export const pathsV1TasksTaskIdCompletionsPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/tasks/{taskId}/completions"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["idempotency_key_required", "validation_failed", "malformed_json"];
export const pathsV1TasksTaskIdCompletionsPostResponses403ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/tasks/{taskId}/completions"]["post"]["responses"]["403"]["content"]["application/problem+json"]["code"]> = ["member_frozen"];
export const pathsV1TasksTaskIdCompletionsPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/tasks/{taskId}/completions"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["task_not_found", "member_not_found"];
export const pathsV1TasksTaskIdCompletionsPostResponses409ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/tasks/{taskId}/completions"]["post"]["responses"]["409"]["content"]["application/problem+json"]["code"]> = ["task_not_active", "task_limit_reached"];
export const pathsV1TransfersGetParametersQueryStatusValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers"]["get"]["parameters"]["query"]["status"]> = ["pending"];
export const pathsV1TransfersPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["idempotency_key_required", "validation_failed", "malformed_json"];
export const pathsV1TransfersPostResponses403ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers"]["post"]["responses"]["403"]["content"]["application/problem+json"]["code"]> = ["member_frozen", "spend_code_required", "spend_code_invalid"];
export const pathsV1TransfersPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["member_not_found", "partner_not_found"];
export const pathsV1TransfersPostResponses409ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers"]["post"]["responses"]["409"]["content"]["application/problem+json"]["code"]> = ["insufficient_points"];
export const pathsV1TransfersPostResponses429ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers"]["post"]["responses"]["429"]["content"]["application/problem+json"]["code"]> = ["spend_code_locked"];
export const pathsV1TransfersTransferIdGetResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers/{transferId}"]["get"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["transfer_not_found"];
export const pathsV1TransfersTransferIdConfirmPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers/{transferId}/confirm"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1TransfersTransferIdConfirmPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers/{transferId}/confirm"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["transfer_not_found"];
export const pathsV1TransfersTransferIdConfirmPostResponses409ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers/{transferId}/confirm"]["post"]["responses"]["409"]["content"]["application/problem+json"]["code"]> = ["transfer_closed"];
export const pathsV1TransfersTransferIdRejectPostResponses400ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers/{transferId}/reject"]["post"]["responses"]["400"]["content"]["application/problem+json"]["code"]> = ["malformed_json", "validation_failed"];
export const pathsV1TransfersTransferIdRejectPostResponses404ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers/{transferId}/reject"]["post"]["responses"]["404"]["content"]["application/problem+json"]["code"]> = ["transfer_not_found"];
export const pathsV1TransfersTransferIdRejectPostResponses409ContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<paths>["/v1/transfers/{transferId}/reject"]["post"]["responses"]["409"]["content"]["application/problem+json"]["code"]> = ["transfer_closed"];
export const activityListItemsTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ActivityList"]["items"]["type"]> = ["earn", "redemption", "reversal", "expiry", "adjustment", "task", "game", "bonus", "transfer", "transferReturn"];
export const activityListItemsBalanceNameValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["ActivityList"]["items"]["balanceName"]> = ["points", "green"];
export const adjustmentAnswerBalanceNameValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["AdjustmentAnswer"]["balanceName"]> = ["points", "green"];
export const completionAnswerBalanceNameValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["CompletionAnswer"]["balanceName"]> = ["points", "green"];
export const earnAnswerBreakdownSourceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["EarnAnswer"]["breakdown"]["source"]> = ["base", "tier", "promotion", "credit"];
export const flagRuleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Flag"]["rule"]> = ["earnsPerMemberPerDay", "pointsPerMemberPerDay"];
export const flagStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Flag"]["status"]> = ["open", "cleared"];
export const flagListItemsRuleValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FlagList"]["items"]["rule"]> = ["earnsPerMemberPerDay", "pointsPerMemberPerDay"];
export const flagListItemsStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["FlagList"]["items"]["status"]> = ["open", "cleared"];
export const gameKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Game"]["kind"]> = ["scratchCard", "wheel"];
export const gameListItemsKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GameList"]["items"]["kind"]> = ["scratchCard", "wheel"];
export const gameListItemsStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["GameList"]["items"]["status"]> = ["scheduled", "active", "soldOut", "ended"];
export const jobResultJobValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["JobResult"]["job"]> = ["promotions", "expiry", "tiers", "bonuses", "transfers"];
export const memberStatementCreditStandingValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["MemberStatement"]["creditStanding"]> = ["good", "standard", "poor"];
export const merchantEarnRulesOneOf0BalanceValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["Merchant"]["earnRules"], {
    balance: unknown;
}>["balance"]> = ["points", "green"];
export const promotionScopeCreditStandingsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Promotion"]["scope"]["creditStandings"]> = ["good", "standard", "poor"];
export const promotionStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Promotion"]["status"]> = ["scheduled", "active", "ended"];
export const promotionListItemsScopeCreditStandingsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PromotionList"]["items"]["scope"]["creditStandings"]> = ["good", "standard", "poor"];
export const promotionListItemsStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["PromotionList"]["items"]["status"]> = ["scheduled", "active", "ended"];
export const rewardKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Reward"]["kind"]> = ["item", "voucher", "night", "upgrade", "service", "partnerCurrency", "other"];
export const rewardBalanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Reward"]["balance"]> = ["points", "green"];
export const rewardListItemsBalanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["RewardList"]["items"]["balance"]> = ["points", "green"];
export const rulesEarnRulesEarnRulesOneOf0BalanceValues: ReadonlyArray<Extract<FlattenedDeepRequired<components>["schemas"]["Rules"]["earnRules"]["earnRules"], {
    balance: unknown;
}>["balance"]> = ["points", "green"];
export const rulesPromotionsStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Rules"]["promotions"]["status"]> = ["scheduled", "active", "ended"];
export const rulesGamesKindValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Rules"]["games"]["kind"]> = ["scratchCard", "wheel"];
export const taskBalanceValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Task"]["balance"]> = ["points", "green"];
export const taskLimitPerValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Task"]["limit"]["per"]> = ["day", "week", "month", "ever"];
export const transferStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["Transfer"]["status"]> = ["pending", "confirmed", "rejected", "expired"];
export const transferCreatedStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["TransferCreated"]["status"]> = ["pending", "confirmed", "rejected", "expired"];
export const webhookDeliveryListItemsTypeValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookDeliveryList"]["items"]["type"]> = ["points.earned", "points.redeemed", "points.reversed", "points.expired", "member.tier_changed", "transfer.requested", "transfer.confirmed", "transfer.rejected", "transfer.expired", "flag.opened"];
export const webhookDeliveryListItemsStatusValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookDeliveryList"]["items"]["status"]> = ["pending", "delivered", "failed"];
export const webhookEndpointEventsValues: ReadonlyArray<FlattenedDeepRequired<components>["schemas"]["WebhookEndpoint"]["events"]> = ["points.earned", "points.redeemed", "points.reversed", "points.expired", "member.tier_changed", "transfer.requested", "transfer.confirmed", "transfer.rejected", "transfer.expired", "flag.opened"];
export const componentsResponsesValidationFailedContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["responses"]["ValidationFailed"]["content"]["application/problem+json"]["code"]> = ["validation_failed"];
export const componentsResponsesUnauthenticatedContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["responses"]["Unauthenticated"]["content"]["application/problem+json"]["code"]> = ["unauthenticated"];
export const componentsResponsesForbiddenContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["responses"]["Forbidden"]["content"]["application/problem+json"]["code"]> = ["forbidden"];
export const componentsResponsesPayloadTooLargeContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["responses"]["PayloadTooLarge"]["content"]["application/problem+json"]["code"]> = ["payload_too_large"];
export const componentsResponsesIdempotencyKeyReusedContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["responses"]["IdempotencyKeyReused"]["content"]["application/problem+json"]["code"]> = ["idempotency_key_reused"];
export const componentsResponsesInternalErrorContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["responses"]["InternalError"]["content"]["application/problem+json"]["code"]> = ["internal_error"];
export const componentsResponsesTemporarilyUnavailableContentApplicationProblemJsonCodeValues: ReadonlyArray<FlattenedDeepRequired<components>["responses"]["TemporarilyUnavailable"]["content"]["application/problem+json"]["code"]> = ["temporarily_unavailable"];
