// Generated from openapi/oauth2.yaml by `npm run generate`. Do not edit: change the contract and regenerate.

export interface paths {
    "/authorize": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Authorization request
         * @description Starts the authorization code flow ([RFC 6749 §4.1.1](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1))
         *     with PKCE ([RFC 7636 §4.3](https://www.rfc-editor.org/rfc/rfc7636#section-4.3)).
         *
         *     * When `client_id` or `redirect_uri` is missing, invalid or does not match the client's registration, the
         *       server answers `400` itself and never redirects
         *       ([RFC 6749 §4.1.2.1](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1)).
         *     * Once both are valid, every other error is returned to the client by a `302` redirect to the redirect URI
         *       with `error`, `error_description`, `state` and `iss` added to its query, keeping the query the URI
         *       was registered with.
         *     * The resource owner is shown a login page, then a consent page (`200`, HTML). Only an explicit approval
         *       issues a code; a denial redirects with `access_denied`.
         *     * On approval the client is redirected with `code`, `state` and `iss`
         *       ([RFC 6749 §4.1.2](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2),
         *       [RFC 9207](https://www.rfc-editor.org/rfc/rfc9207)).
         *
         *     The parameters of both redirects are described by the `x-redirect-parameters` extension of the `302`
         *     response, so that tests and the conformance kit can validate redirects like any other response. This
         *     server redirects a `GET` with `302`; `303` is as good ([RFC 9700 §4.12](https://www.rfc-editor.org/rfc/rfc9700#section-4.12)
         *     forbids only `307`), and other servers send it.
         */
        get: operations["authorize"];
        put?: never;
        /**
         * Authorization request (form post)
         * @description The same authorization request sent as an `application/x-www-form-urlencoded` body
         *     ([RFC 6749 §3.1](https://www.rfc-editor.org/rfc/rfc6749#section-3.1): the server "MAY support the use of the
         *     HTTP POST method"). This is also how the consent page submits the resource owner's decision, with
         *     `allowed` set to `true` or `false` and the page's `csrf_token`.
         *
         *     Redirects answering a POST use `303 See Other`
         *     ([RFC 9700 §4.12](https://www.rfc-editor.org/rfc/rfc9700#section-4.12)), so the browser never re-posts the
         *     form to the client.
         */
        post: operations["authorizeForm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Token request
         * @description Exchanges a grant for an access token
         *     ([RFC 6749 §3.2](https://www.rfc-editor.org/rfc/rfc6749#section-3.2)):
         *
         *     * `authorization_code` ([§4.1.3](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3)) with the PKCE
         *       `code_verifier` ([RFC 7636 §4.5](https://www.rfc-editor.org/rfc/rfc7636#section-4.5));
         *     * `client_credentials` ([§4.4.2](https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2));
         *     * `password` ([§4.3.2](https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2)), only where the server
         *       enables it ([RFC 9700 §2.4](https://www.rfc-editor.org/rfc/rfc9700#section-2.4));
         *     * `refresh_token` ([§6](https://www.rfc-editor.org/rfc/rfc6749#section-6));
         *     * extension grants identified by an absolute URI ([§4.5](https://www.rfc-editor.org/rfc/rfc6749#section-4.5)).
         *
         *     The body is always `application/x-www-form-urlencoded` in UTF-8; parameters in the URL query are ignored.
         *     Which `grant_type` values exist is decided by the server's grant registry: an unknown one is
         *     `unsupported_grant_type`.
         *
         *     The client authenticates with exactly one method
         *     ([§2.3](https://www.rfc-editor.org/rfc/rfc6749#section-2.3)): `client_secret_basic` (the `Authorization`
         *     header, with both parts form-encoded before base64, [§2.3.1](https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1)),
         *     `client_secret_post` (`client_id` and `client_secret` in the body) or `none` (a public client sends only
         *     `client_id`).
         */
        post: operations["token"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The resource owner behind a bearer token
         * @description The example protected resource. It requires a bearer access token with the `read` scope, sent in the
         *     `Authorization` header ([RFC 6750 §2.1](https://www.rfc-editor.org/rfc/rfc6750#section-2.1)) or, where the
         *     server enables it, as the `access_token` query parameter
         *     ([§2.3](https://www.rfc-editor.org/rfc/rfc6750#section-2.3)). A request uses exactly one method.
         *
         *     Failures carry a `WWW-Authenticate: Bearer` challenge
         *     ([RFC 6750 §3](https://www.rfc-editor.org/rfc/rfc6750#section-3)): without credentials (or with another
         *     scheme) it has no `error` attribute and the body is empty; otherwise it names the error, which the JSON
         *     body repeats.
         */
        get: operations["getMe"];
        put?: never;
        /**
         * The resource owner behind a bearer token (form body)
         * @description The same resource, which also accepts the token as the `access_token` parameter of an
         *     `application/x-www-form-urlencoded` body ([RFC 6750 §2.2](https://www.rfc-editor.org/rfc/rfc6750#section-2.2)).
         */
        post: operations["postMe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke a token
         * @description Revokes an access or refresh token ([RFC 7009 §2.1](https://www.rfc-editor.org/rfc/rfc7009#section-2.1)).
         *     The client authenticates as at the token endpoint and may only revoke its own tokens. `token_type_hint` is
         *     a hint: the server looks the token up as the other type when the hint does not match. An unknown or
         *     already invalid token is answered with `200` as well ([§2.2](https://www.rfc-editor.org/rfc/rfc7009#section-2.2)),
         *     and revoking a refresh token also revokes the access tokens issued from it.
         */
        post: operations["revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/introspect": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Introspect a token
         * @description Tells a protected resource (an authenticated client) whether a token is active and what it grants
         *     ([RFC 7662 §2](https://www.rfc-editor.org/rfc/rfc7662#section-2)). Unknown, expired and revoked tokens are
         *     all answered with `{"active": false}` and nothing else.
         */
        post: operations["introspect"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in (the login form's target)
         * @description Checks the resource owner's credentials. The form must carry the `csrf_token` it was rendered with (bound to
         *     a short-lived cookie of the same browser). On success the server starts a session (a signed, `HttpOnly`,
         *     `SameSite=Lax` cookie) and answers `303` back to the authorization request in `return_to`.
         */
        post: operations["login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The demo clients' redirect target
         * @description Where the demo clients seeded by `npm start` are redirected: a page showing the parameters of the
         *     authorization response, so the flow can be followed in a browser.
         */
        get: operations["demoCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Health check
         * @description `200` when the server and its store answer, `503` otherwise.
         */
        get: operations["health"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * This contract
         * @description The contract as JSON (OpenAPI 3.1), as generated from `openapi/oauth2.yaml`.
         */
        get: operations["openapi"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/docs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * These docs
         * @description The contract rendered by Redoc as one self-contained page (no external scripts, fonts or styles).
         */
        get: operations["docs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/oauth-protected-resource/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Protected resource metadata
         * @description The metadata of the example protected resource `/me`
         *     ([RFC 9728 §3](https://www.rfc-editor.org/rfc/rfc9728#section-3)): its identifier, the authorization server
         *     that issues tokens for it, the scopes it understands and how it accepts bearer tokens. The well-known
         *     string goes between the host and the path of the identifier `<issuer>/me`
         *     ([§3.1](https://www.rfc-editor.org/rfc/rfc9728#section-3.1)). Its `401` challenges point here with
         *     `resource_metadata`.
         */
        get: operations["protectedResourceMetadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/oauth-authorization-server": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Authorization server metadata
         * @description The server's metadata ([RFC 8414 §3](https://www.rfc-editor.org/rfc/rfc8414#section-3)), built from its
         *     configuration: it advertises exactly the endpoints, grants, authentication methods and PKCE methods the
         *     server supports.
         */
        get: operations["metadata"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description client-id = *VSCHAR ([RFC 6749 Appendix A.1](https://www.rfc-editor.org/rfc/rfc6749#appendix-A.1)). */
        ClientId: string;
        /** @description client-secret = *VSCHAR ([RFC 6749 Appendix A.2](https://www.rfc-editor.org/rfc/rfc6749#appendix-A.2)). */
        ClientSecret: string;
        /**
         * @description response-type = response-name *( SP response-name )
         *     ([RFC 6749 Appendix A.3](https://www.rfc-editor.org/rfc/rfc6749#appendix-A.3)). Which values are supported
         *     is decided by the server: `code`, and `token` only where the implicit grant is enabled.
         * @example code
         */
        ResponseType: string;
        /**
         * @description scope = scope-token *( SP scope-token ); scope-token = 1*NQCHAR
         *     ([RFC 6749 §3.3](https://www.rfc-editor.org/rfc/rfc6749#section-3.3), Appendix A.4). A malformed scope is
         *     `invalid_scope`.
         * @example read write
         */
        Scope: string;
        /** @description state = 1*VSCHAR ([RFC 6749 Appendix A.5](https://www.rfc-editor.org/rfc/rfc6749#appendix-A.5)), returned byte for byte. */
        State: string;
        /**
         * Format: uri
         * @description An absolute URI without a fragment ([RFC 6749 §3.1.2](https://www.rfc-editor.org/rfc/rfc6749#section-3.1.2),
         *     Appendix A.6).
         */
        RedirectUri: string;
        /** @description code = 1*VSCHAR ([RFC 6749 Appendix A.11](https://www.rfc-editor.org/rfc/rfc6749#appendix-A.11)). */
        AuthorizationCode: string;
        /**
         * @description An access token: 1*VSCHAR ([RFC 6749 Appendix A.12](https://www.rfc-editor.org/rfc/rfc6749#appendix-A.12)).
         *     In an `Authorization` header it must also match b64token
         *     ([RFC 6750 §2.1](https://www.rfc-editor.org/rfc/rfc6750#section-2.1)).
         */
        AccessToken: string;
        /** @description refresh-token = 1*VSCHAR ([RFC 6749 Appendix A.17](https://www.rfc-editor.org/rfc/rfc6749#appendix-A.17)). */
        RefreshToken: string;
        /** @description username = *UNICODECHARNOCRLF ([RFC 6749 Appendix A.15](https://www.rfc-editor.org/rfc/rfc6749#appendix-A.15)). */
        Username: string;
        /** @description password = *UNICODECHARNOCRLF ([RFC 6749 Appendix A.16](https://www.rfc-editor.org/rfc/rfc6749#appendix-A.16)). */
        Password: string;
        /**
         * @description code-challenge = 43*128unreserved ([RFC 7636 §4.2](https://www.rfc-editor.org/rfc/rfc7636#section-4.2)).
         *     With `S256` it is exactly 43 base64url characters.
         */
        CodeChallenge: string;
        /**
         * @description The PKCE transformation ([RFC 7636 §4.3](https://www.rfc-editor.org/rfc/rfc7636#section-4.3)). `S256` is the
         *     default when the server does not enable `plain`.
         * @enum {string}
         */
        CodeChallengeMethod: "S256" | "plain";
        /**
         * @description code-verifier = 43*128unreserved ([RFC 7636 §4.1](https://www.rfc-editor.org/rfc/rfc7636#section-4.1)).
         *     Only the length cap is checked before the code is looked up: the grammar is checked after the code is
         *     consumed, so that a malformed verifier burns the code like a wrong one
         *     ([GHSA-jhm7-29pj-4xvf](https://github.com/advisories/GHSA-jhm7-29pj-4xvf)).
         */
        CodeVerifier: string;
        /**
         * Format: uri
         * @description A protected resource: an absolute URI without a fragment
         *     ([RFC 8707 §2](https://www.rfc-editor.org/rfc/rfc8707#section-2)). An unknown or disallowed one is
         *     `invalid_target`.
         */
        Resource: string;
        /** @description One or more resource indicators; the parameter repeats once per resource. */
        Resources: components["schemas"]["Resource"][];
        /** @description An extension grant type: an absolute URI ([RFC 6749 §4.5](https://www.rfc-editor.org/rfc/rfc6749#section-4.5)). */
        ExtensionGrantType: `${string}:${string}`;
        /**
         * @description The type of the token to revoke or introspect
         *     ([RFC 7009 §2.1](https://www.rfc-editor.org/rfc/rfc7009#section-2.1)). A hint only; other values are
         *     ignored like a missing hint: "An invalid token type hint value is ignored by the authorization server and
         *     does not influence the revocation response" ([RFC 7009 §2.2](https://www.rfc-editor.org/rfc/rfc7009#section-2.2),
         *     [RFC 7662 §2.1](https://www.rfc-editor.org/rfc/rfc7662#section-2.1)), so no value is refused.
         * @example access_token
         * @example refresh_token
         */
        TokenTypeHint: string;
        /**
         * @description The resource owner's decision on the consent page: `true` approves, `false` denies
         *     (`oauth2-server` convention). Nothing else approves a request.
         * @enum {string}
         */
        AllowedDecision: "true" | "false";
        /** @description The consent page's anti-CSRF token ([RFC 6749 §10.12](https://www.rfc-editor.org/rfc/rfc6749#section-10.12)). */
        CsrfToken: string;
        /**
         * @description The authorization request ([RFC 6749 §4.1.1](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1),
         *     [RFC 7636 §4.3](https://www.rfc-editor.org/rfc/rfc7636#section-4.3)), as query or form parameters.
         */
        AuthorizationRequest: {
            response_type: components["schemas"]["ResponseType"];
            client_id: components["schemas"]["ClientId"];
            redirect_uri?: components["schemas"]["RedirectUri"];
            scope?: components["schemas"]["Scope"];
            state?: components["schemas"]["State"];
            code_challenge?: components["schemas"]["CodeChallenge"];
            code_challenge_method?: components["schemas"]["CodeChallengeMethod"];
            resource?: components["schemas"]["Resources"];
            allowed?: components["schemas"]["AllowedDecision"];
            csrf_token?: components["schemas"]["CsrfToken"];
        };
        /**
         * @description The parameters added to the redirect URI's query on success
         *     ([RFC 6749 §4.1.2](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2),
         *     [RFC 9207 §2](https://www.rfc-editor.org/rfc/rfc9207#section-2)).
         */
        AuthorizationSuccessRedirect: {
            code: components["schemas"]["AuthorizationCode"];
            state?: components["schemas"]["State"];
            iss?: components["schemas"]["Issuer"];
        };
        /**
         * @description The parameters of an implicit grant response, in the redirect URI's fragment
         *     ([RFC 6749 §4.2.2](https://www.rfc-editor.org/rfc/rfc6749#section-4.2.2)); only where the server enables the
         *     implicit grant. Its errors travel in the fragment too.
         */
        ImplicitSuccessRedirect: {
            access_token: components["schemas"]["AccessToken"];
            token_type: string;
            expires_in?: string;
            scope?: components["schemas"]["Scope"];
            state?: components["schemas"]["State"];
        };
        /**
         * @description The parameters added to the redirect URI's query on error
         *     ([RFC 6749 §4.1.2.1](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1),
         *     [RFC 9207 §2](https://www.rfc-editor.org/rfc/rfc9207#section-2)).
         */
        AuthorizationErrorRedirect: {
            /** @enum {string} */
            error: "invalid_request" | "unauthorized_client" | "access_denied" | "unsupported_response_type" | "invalid_scope" | "invalid_target" | "server_error" | "temporarily_unavailable";
            error_description?: components["schemas"]["ErrorDescription"];
            error_uri?: components["schemas"]["ErrorUri"];
            state?: components["schemas"]["State"];
            iss?: components["schemas"]["Issuer"];
        };
        /**
         * @description `client_secret_post` and `none` ([RFC 6749 §2.3.1](https://www.rfc-editor.org/rfc/rfc6749#section-2.3.1)):
         *     the client's credentials in the body. `client_secret` must not be combined with the `Authorization` header.
         */
        ClientCredentialsInBody: {
            client_id?: components["schemas"]["ClientId"];
            client_secret?: components["schemas"]["ClientSecret"];
        };
        /**
         * @description Redeems an authorization code ([RFC 6749 §4.1.3](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3),
         *     [RFC 7636 §4.5](https://www.rfc-editor.org/rfc/rfc7636#section-4.5)). `redirect_uri` is required, and must
         *     be identical, if it was included in the authorization request.
         */
        AuthorizationCodeTokenRequest: components["schemas"]["ClientCredentialsInBody"] & {
            /** @constant */
            grant_type: "authorization_code";
            code: components["schemas"]["AuthorizationCode"];
            redirect_uri?: components["schemas"]["RedirectUri"];
            code_verifier?: components["schemas"]["CodeVerifier"];
            resource?: components["schemas"]["Resources"];
        };
        /**
         * @description The client's own access ([RFC 6749 §4.4.2](https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2)), for
         *     confidential clients only. The response carries no refresh token.
         */
        ClientCredentialsTokenRequest: components["schemas"]["ClientCredentialsInBody"] & {
            /** @constant */
            grant_type: "client_credentials";
            scope?: components["schemas"]["Scope"];
            resource?: components["schemas"]["Resources"];
        };
        /**
         * @description The resource owner password credentials grant
         *     ([RFC 6749 §4.3.2](https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2)). Deprecated by
         *     [RFC 9700 §2.4](https://www.rfc-editor.org/rfc/rfc9700#section-2.4) and only available where the server
         *     enables it.
         */
        PasswordTokenRequest: components["schemas"]["ClientCredentialsInBody"] & {
            /** @constant */
            grant_type: "password";
            username: components["schemas"]["Username"];
            password: components["schemas"]["Password"];
            scope?: components["schemas"]["Scope"];
            resource?: components["schemas"]["Resources"];
        };
        /**
         * @description Refreshes an access token ([RFC 6749 §6](https://www.rfc-editor.org/rfc/rfc6749#section-6)). The requested
         *     scope must not exceed the original grant; omitted, it is the original scope.
         */
        RefreshTokenRequest: components["schemas"]["ClientCredentialsInBody"] & {
            /** @constant */
            grant_type: "refresh_token";
            refresh_token: components["schemas"]["RefreshToken"];
            scope?: components["schemas"]["Scope"];
            resource?: components["schemas"]["Resources"];
        };
        /**
         * @description An extension grant ([RFC 6749 §4.5](https://www.rfc-editor.org/rfc/rfc6749#section-4.5)): the grant type is
         *     an absolute URI registered with the server, and its other parameters are defined by the extension.
         */
        ExtensionGrantTokenRequest: components["schemas"]["ClientCredentialsInBody"] & {
            grant_type: components["schemas"]["ExtensionGrantType"];
            scope?: components["schemas"]["Scope"];
        };
        /**
         * @description A token request: one schema per grant, tagged by `grant_type`
         *     ([RFC 6749 §4.1.3](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.3),
         *     [§4.3.2](https://www.rfc-editor.org/rfc/rfc6749#section-4.3.2),
         *     [§4.4.2](https://www.rfc-editor.org/rfc/rfc6749#section-4.4.2),
         *     [§4.5](https://www.rfc-editor.org/rfc/rfc6749#section-4.5),
         *     [§6](https://www.rfc-editor.org/rfc/rfc6749#section-6)).
         */
        TokenRequest: components["schemas"]["AuthorizationCodeTokenRequest"] | components["schemas"]["ClientCredentialsTokenRequest"] | components["schemas"]["PasswordTokenRequest"] | components["schemas"]["RefreshTokenRequest"] | components["schemas"]["ExtensionGrantTokenRequest"];
        /**
         * @description A successful token response ([RFC 6749 §5.1](https://www.rfc-editor.org/rfc/rfc6749#section-5.1)). Servers
         *     may add extension attributes.
         */
        TokenResponse: {
            access_token: components["schemas"]["AccessToken"];
            /** @description Always `Bearer` ([RFC 6750 §4](https://www.rfc-editor.org/rfc/rfc6750#section-4)). */
            token_type: string;
            /** @description The lifetime of the access token in seconds. */
            expires_in?: number;
            refresh_token?: components["schemas"]["RefreshToken"];
            scope?: components["schemas"]["Scope"];
        };
        /**
         * @description Every error code the server can send: RFC 6749 §4.1.2.1 and §5.2, RFC 6750 §3.1, RFC 7009 §2.2.1,
         *     RFC 8707 §2.
         * @enum {string}
         */
        ErrorCode: "invalid_request" | "invalid_client" | "invalid_grant" | "unauthorized_client" | "unsupported_grant_type" | "invalid_scope" | "access_denied" | "unsupported_response_type" | "server_error" | "temporarily_unavailable" | "invalid_token" | "insufficient_scope" | "unsupported_token_type" | "invalid_target";
        /**
         * @description Human-readable text: only `%x20-21 / %x23-5B / %x5D-7E`
         *     ([RFC 6749 §5.2](https://www.rfc-editor.org/rfc/rfc6749#section-5.2)).
         */
        ErrorDescription: string;
        /** @description A URI of a page about the error: only `%x21 / %x23-5B / %x5D-7E`. */
        ErrorUri: string;
        /**
         * @description An error response ([RFC 6749 §5.2](https://www.rfc-editor.org/rfc/rfc6749#section-5.2),
         *     [RFC 6750 §3.1](https://www.rfc-editor.org/rfc/rfc6750#section-3.1),
         *     [RFC 7009 §2.2.1](https://www.rfc-editor.org/rfc/rfc7009#section-2.2.1)).
         */
        OAuthError: {
            error: components["schemas"]["ErrorCode"];
            error_description?: components["schemas"]["ErrorDescription"];
            error_uri?: components["schemas"]["ErrorUri"];
        };
        /** @description The login form. */
        LoginForm: {
            username: components["schemas"]["Username"];
            password: components["schemas"]["Password"];
            csrf_token: components["schemas"]["CsrfToken"];
            /** @description The authorization request to resume. */
            return_to: string;
        };
        /** @description The server's health. */
        Health: {
            /** @enum {string} */
            status: "ok" | "unavailable";
        };
        /** @description A form body carrying the bearer token ([RFC 6750 §2.2](https://www.rfc-editor.org/rfc/rfc6750#section-2.2)). */
        BearerFormBody: {
            access_token?: components["schemas"]["AccessToken"];
        };
        /** @description Who the token was issued to, and with which scope. */
        MeResponse: {
            /** @description The resource owner's identifier, or the client's for a client credentials token. */
            sub: string;
            /** @description The resource owner's username, when the token has one. */
            username?: string;
            client_id: components["schemas"]["ClientId"];
            scope?: components["schemas"]["Scope"];
        };
        /** @description A revocation request ([RFC 7009 §2.1](https://www.rfc-editor.org/rfc/rfc7009#section-2.1)). */
        RevocationRequest: components["schemas"]["ClientCredentialsInBody"] & {
            token: components["schemas"]["AccessToken"];
            token_type_hint?: components["schemas"]["TokenTypeHint"];
        };
        /** @description An introspection request ([RFC 7662 §2.1](https://www.rfc-editor.org/rfc/rfc7662#section-2.1)). */
        IntrospectionRequest: components["schemas"]["ClientCredentialsInBody"] & {
            token: components["schemas"]["AccessToken"];
            token_type_hint?: components["schemas"]["TokenTypeHint"];
        };
        /**
         * @description The introspection response ([RFC 7662 §2.2](https://www.rfc-editor.org/rfc/rfc7662#section-2.2)). Only
         *     `active` is present when the token is not active.
         */
        IntrospectionResponse: {
            active: boolean;
            scope?: components["schemas"]["Scope"];
            client_id?: components["schemas"]["ClientId"];
            username?: string;
            /**
             * @example Bearer
             * @example refresh_token
             */
            token_type?: string;
            exp?: number;
            iat?: number;
            nbf?: number;
            sub?: string;
            aud?: string | string[];
            iss?: components["schemas"]["Issuer"];
            jti?: string;
        };
        /**
         * Format: uri
         * @description The issuer identifier: an `https` URL (or `http` on a loopback host for development) without query or
         *     fragment ([RFC 8414 §2](https://www.rfc-editor.org/rfc/rfc8414#section-2)).
         */
        Issuer: string;
        /** @description A protected resource's metadata ([RFC 9728 §2](https://www.rfc-editor.org/rfc/rfc9728#section-2)). */
        ProtectedResourceMetadata: {
            /** Format: uri */
            resource: string;
            authorization_servers?: components["schemas"]["Issuer"][];
            scopes_supported?: string[];
            bearer_methods_supported?: ("header" | "body" | "query")[];
            resource_name?: string;
            /** Format: uri */
            resource_documentation?: string;
        };
        /**
         * @description A client authentication method ([RFC 8414 §2](https://www.rfc-editor.org/rfc/rfc8414#section-2), the
         *     [IANA registry](https://www.iana.org/assignments/oauth-parameters/oauth-parameters.xhtml#token-endpoint-auth-method)).
         *     This server supports `client_secret_basic`, `client_secret_post` and `none`; others add methods such as
         *     `private_key_jwt` or `tls_client_auth`.
         * @example client_secret_basic
         * @example client_secret_post
         * @example none
         * @example private_key_jwt
         */
        ClientAuthMethod: string;
        /** @description The authorization server's metadata ([RFC 8414 §2](https://www.rfc-editor.org/rfc/rfc8414#section-2)). */
        AuthorizationServerMetadata: {
            issuer: components["schemas"]["Issuer"];
            /** Format: uri */
            authorization_endpoint?: string;
            /** Format: uri */
            token_endpoint: string;
            /** Format: uri */
            revocation_endpoint?: string;
            /** Format: uri */
            introspection_endpoint?: string;
            scopes_supported?: string[];
            response_types_supported: string[];
            response_modes_supported?: string[];
            grant_types_supported?: string[];
            token_endpoint_auth_methods_supported?: components["schemas"]["ClientAuthMethod"][];
            revocation_endpoint_auth_methods_supported?: components["schemas"]["ClientAuthMethod"][];
            introspection_endpoint_auth_methods_supported?: components["schemas"]["ClientAuthMethod"][];
            code_challenge_methods_supported?: components["schemas"]["CodeChallengeMethod"][];
            authorization_response_iss_parameter_supported?: boolean;
            /** Format: uri */
            service_documentation?: string;
        };
    };
    responses: {
        /**
         * @description A page for the resource owner (login or consent), rendered by the server. It loads no third-party
         *     resources and cannot be framed.
         */
        InteractionPage: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
            };
        };
        /** @description The consent form's CSRF token is missing, wrong or belongs to another session. No code is issued. */
        InteractionForbidden: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlNoStore"];
                "X-Frame-Options": components["headers"]["XFrameOptions"];
                "Content-Security-Policy": components["headers"]["ContentSecurityPolicy"];
                "Referrer-Policy": components["headers"]["ReferrerPolicy"];
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /**
         * @description The authorization response, delivered to the client's redirect URI
         *     ([RFC 6749 §4.1.2](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2), errors
         *     [§4.1.2.1](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1)). The query the redirect URI was
         *     registered with is kept; the response parameters are added to it.
         */
        AuthorizationRedirect: {
            headers: {
                Location: components["headers"]["Location"];
                "Cache-Control": components["headers"]["CacheControlSent"];
                [name: string]: unknown;
            };
            content: {
                "text/html": string;
                "text/plain": string;
            };
        };
        /**
         * @description `client_id` or `redirect_uri` is missing, invalid or not registered. The server must not redirect to an
         *     unverified URI, so it answers itself: an HTML page for browsers, JSON otherwise
         *     ([RFC 6749 §4.1.2.1](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1)).
         */
        AuthorizationRequestRejected: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlSent"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
                "text/html": string;
            };
        };
        /**
         * @description A server that authenticates the resource owner with a bearer token (the library's default, without an
         *     `authenticateHandler`) could not: the same challenge as a protected resource
         *     ([RFC 6750 §3](https://www.rfc-editor.org/rfc/rfc6750#section-3)). Never redirected.
         */
        ResourceOwnerUnauthenticated: {
            headers: {
                "WWW-Authenticate": components["headers"]["WwwAuthenticateBearer"];
                "Cache-Control": components["headers"]["CacheControlSent"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /**
         * @description The server failed before it could verify the redirect URI, so it cannot redirect the error
         *     ([RFC 6749 §4.1.2.1](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1)).
         */
        AuthorizationServerError: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlSent"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
                "text/html": string;
            };
        };
        /**
         * @description The request is invalid ([RFC 6749 §5.2](https://www.rfc-editor.org/rfc/rfc6749#section-5.2)). Client
         *     authentication failures in the body are answered here with `invalid_client`.
         */
        TokenError: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlSent"];
                Pragma: components["headers"]["PragmaSent"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /**
         * @description Client authentication through the `Authorization` header failed
         *     ([RFC 6749 §5.2](https://www.rfc-editor.org/rfc/rfc6749#section-5.2)): `401` with a challenge for the
         *     scheme the client used.
         */
        ClientAuthenticationFailed: {
            headers: {
                "WWW-Authenticate": components["headers"]["WwwAuthenticateBasic"];
                "Cache-Control": components["headers"]["CacheControlSent"];
                Pragma: components["headers"]["PragmaSent"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description The request body exceeds the server's limit (64 KiB). */
        PayloadTooLarge: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlSent"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /**
         * @description The server failed. The description is generic: it never carries an internal message
         *     ([RFC 6749 §5.2](https://www.rfc-editor.org/rfc/rfc6749#section-5.2) defines no server-side code for the
         *     token endpoint; `server_error` is the one [§4.1.2.1](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.2.1)
         *     defines).
         */
        ServerError: {
            headers: {
                "Cache-Control": components["headers"]["CacheControlSent"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description A dependency of the server (its store) did not answer in time. Retry after the given delay. */
        TemporarilyUnavailable: {
            headers: {
                "Retry-After": components["headers"]["RetryAfter"];
                "Cache-Control": components["headers"]["CacheControlSent"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /** @description The resource owner (or, for a client credentials token, the client) the token was issued to. */
        Me: {
            headers: {
                "X-Accepted-OAuth-Scopes": components["headers"]["XAcceptedOAuthScopes"];
                "X-OAuth-Scopes": components["headers"]["XOAuthScopes"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["MeResponse"];
            };
        };
        /**
         * @description The request is malformed: a malformed `Authorization` header, a token sent in more than one place, a query
         *     token where not allowed, or a body token with `GET` ([RFC 6750 §3.1](https://www.rfc-editor.org/rfc/rfc6750#section-3.1)).
         */
        BearerInvalidRequest: {
            headers: {
                "WWW-Authenticate": components["headers"]["WwwAuthenticateBearer"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /**
         * @description No credentials (empty body, challenge without `error`), or an unknown, expired or revoked token
         *     (`invalid_token`) ([RFC 6750 §3.1](https://www.rfc-editor.org/rfc/rfc6750#section-3.1)).
         */
        BearerUnauthorized: {
            headers: {
                "WWW-Authenticate": components["headers"]["WwwAuthenticateBearer"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
        /**
         * @description The token lacks a scope the resource requires; the challenge names the required scope
         *     ([RFC 6750 §3.1](https://www.rfc-editor.org/rfc/rfc6750#section-3.1)).
         */
        BearerInsufficientScope: {
            headers: {
                "WWW-Authenticate": components["headers"]["WwwAuthenticateBearer"];
                "X-Accepted-OAuth-Scopes": components["headers"]["XAcceptedOAuthScopes"];
                "X-OAuth-Scopes": components["headers"]["XOAuthScopes"];
                [name: string]: unknown;
            };
            content: {
                "application/json": components["schemas"]["OAuthError"];
            };
        };
    };
    parameters: {
        /** @description `code` for the authorization code flow ([RFC 6749 §3.1.1](https://www.rfc-editor.org/rfc/rfc6749#section-3.1.1)). */
        ResponseTypeQuery: components["schemas"]["ResponseType"];
        /** @description The client identifier ([RFC 6749 §2.2](https://www.rfc-editor.org/rfc/rfc6749#section-2.2)). */
        ClientIdQuery: components["schemas"]["ClientId"];
        /**
         * @description One of the client's registered redirect URIs, compared by simple string comparison. Required when the
         *     client has registered more than one ([RFC 6749 §3.1.2.3](https://www.rfc-editor.org/rfc/rfc6749#section-3.1.2.3)).
         */
        RedirectUriQuery: components["schemas"]["RedirectUri"];
        /** @description The requested scope ([RFC 6749 §3.3](https://www.rfc-editor.org/rfc/rfc6749#section-3.3)). */
        ScopeQuery: components["schemas"]["Scope"];
        /**
         * @description An opaque value returned unchanged in the redirect
         *     ([RFC 6749 §4.1.1](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1)). Required unless the server allows
         *     an empty state.
         */
        StateQuery: components["schemas"]["State"];
        /** @description The PKCE code challenge ([RFC 7636 §4.3](https://www.rfc-editor.org/rfc/rfc7636#section-4.3)). */
        CodeChallengeQuery: components["schemas"]["CodeChallenge"];
        /** @description The PKCE transformation ([RFC 7636 §4.3](https://www.rfc-editor.org/rfc/rfc7636#section-4.3)). */
        CodeChallengeMethodQuery: components["schemas"]["CodeChallengeMethod"];
        /**
         * @description The protected resources the access token is for ([RFC 8707 §2](https://www.rfc-editor.org/rfc/rfc8707#section-2)):
         *     absolute URIs without a fragment; the parameter may repeat, once per resource.
         */
        ResourceQuery: components["schemas"]["Resources"];
        /**
         * @description A bearer token in the URI query ([RFC 6750 §2.3](https://www.rfc-editor.org/rfc/rfc6750#section-2.3)), only
         *     accepted where the server enables it; otherwise such a request is answered with `invalid_request`.
         */
        AccessTokenQuery: components["schemas"]["AccessToken"];
    };
    requestBodies: never;
    headers: {
        /** @description The client's redirect URI with the response parameters added to its query. */
        Location: string;
        /** @description `no-store`: responses carrying tokens must not be cached ([RFC 6749 §5.1](https://www.rfc-editor.org/rfc/rfc6749#section-5.1)). */
        CacheControlNoStore: string;
        /**
         * @description This server sends `no-store` on every error, redirect and answer of the revocation and introspection
         *     endpoints. The RFCs do not require it there, so a conforming server may send another value or none.
         */
        CacheControlSent: string;
        /**
         * @description `no-cache`, for HTTP/1.0 caches. [RFC 6749 §5.1](https://www.rfc-editor.org/rfc/rfc6749#section-5.1)
         *     requires it with every token; OAuth 2.1 (§3.2.3) and [RFC 9111 §5.4](https://www.rfc-editor.org/rfc/rfc9111#section-5.4)
         *     dropped it, so it is not required here: this server sends it, and the conformance kit checks it in its
         *     own case (TR-01b) instead of failing every token response on it.
         */
        PragmaNoCache: "no-cache";
        /** @description This server sends `no-cache` on token endpoint errors too; no RFC requires it there. */
        PragmaSent: string;
        /**
         * @description The challenge for the authentication scheme the client tried
         *     ([RFC 6749 §5.2](https://www.rfc-editor.org/rfc/rfc6749#section-5.2)); a `401` always carries one
         *     ([RFC 9110 §15.5.2](https://www.rfc-editor.org/rfc/rfc9110#section-15.5.2)). The scheme is
         *     case-insensitive and `realm` is required ([RFC 7617 §2](https://www.rfc-editor.org/rfc/rfc7617#section-2));
         *     this server sends `Basic realm="Service"`, others add parameters such as `error`.
         */
        WwwAuthenticateBasic: string;
        /**
         * @description The bearer challenge ([RFC 6750 §3](https://www.rfc-editor.org/rfc/rfc6750#section-3)):
         *     `Bearer realm="..."`, with `error` and `error_description` attributes when credentials were presented, the
         *     `scope` attribute for `insufficient_scope`, and `resource_metadata` pointing to the resource's metadata
         *     ([RFC 9728 §5.1](https://www.rfc-editor.org/rfc/rfc9728#section-5.1)).
         */
        WwwAuthenticateBearer: string;
        /** @description The scopes the resource accepts, space-delimited. */
        XAcceptedOAuthScopes: string;
        /** @description The scopes the presented token carries, space-delimited. */
        XOAuthScopes: string;
        /** @description Seconds to wait before retrying ([RFC 9110 §10.2.3](https://www.rfc-editor.org/rfc/rfc9110#section-10.2.3)). */
        RetryAfter: string;
        /** @description Clickjacking protection ([RFC 9700 §4.16](https://www.rfc-editor.org/rfc/rfc9700#section-4.16)). */
        XFrameOptions: "DENY";
        /** @description Must contain `frame-ancestors 'none'` ([RFC 9700 §4.16](https://www.rfc-editor.org/rfc/rfc9700#section-4.16)). */
        ContentSecurityPolicy: string;
        /** @description `no-referrer` ([RFC 9700 §4.2.4](https://www.rfc-editor.org/rfc/rfc9700#section-4.2.4)). */
        ReferrerPolicy: "no-referrer";
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    authorize: {
        parameters: {
            query: {
                /** @description `code` for the authorization code flow ([RFC 6749 §3.1.1](https://www.rfc-editor.org/rfc/rfc6749#section-3.1.1)). */
                response_type: components["parameters"]["ResponseTypeQuery"];
                /** @description The client identifier ([RFC 6749 §2.2](https://www.rfc-editor.org/rfc/rfc6749#section-2.2)). */
                client_id: components["parameters"]["ClientIdQuery"];
                /**
                 * @description One of the client's registered redirect URIs, compared by simple string comparison. Required when the
                 *     client has registered more than one ([RFC 6749 §3.1.2.3](https://www.rfc-editor.org/rfc/rfc6749#section-3.1.2.3)).
                 */
                redirect_uri?: components["parameters"]["RedirectUriQuery"];
                /** @description The requested scope ([RFC 6749 §3.3](https://www.rfc-editor.org/rfc/rfc6749#section-3.3)). */
                scope?: components["parameters"]["ScopeQuery"];
                /**
                 * @description An opaque value returned unchanged in the redirect
                 *     ([RFC 6749 §4.1.1](https://www.rfc-editor.org/rfc/rfc6749#section-4.1.1)). Required unless the server allows
                 *     an empty state.
                 */
                state?: components["parameters"]["StateQuery"];
                /** @description The PKCE code challenge ([RFC 7636 §4.3](https://www.rfc-editor.org/rfc/rfc7636#section-4.3)). */
                code_challenge?: components["parameters"]["CodeChallengeQuery"];
                /** @description The PKCE transformation ([RFC 7636 §4.3](https://www.rfc-editor.org/rfc/rfc7636#section-4.3)). */
                code_challenge_method?: components["parameters"]["CodeChallengeMethodQuery"];
                /**
                 * @description The protected resources the access token is for ([RFC 8707 §2](https://www.rfc-editor.org/rfc/rfc8707#section-2)):
                 *     absolute URIs without a fragment; the parameter may repeat, once per resource.
                 */
                resource?: components["parameters"]["ResourceQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["InteractionPage"];
            302: components["responses"]["AuthorizationRedirect"];
            303: components["responses"]["AuthorizationRedirect"];
            400: components["responses"]["AuthorizationRequestRejected"];
            401: components["responses"]["ResourceOwnerUnauthenticated"];
            500: components["responses"]["AuthorizationServerError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    authorizeForm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["AuthorizationRequest"];
            };
        };
        responses: {
            200: components["responses"]["InteractionPage"];
            303: components["responses"]["AuthorizationRedirect"];
            400: components["responses"]["AuthorizationRequestRejected"];
            401: components["responses"]["ResourceOwnerUnauthenticated"];
            403: components["responses"]["InteractionForbidden"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["AuthorizationServerError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    token: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["TokenRequest"];
            };
        };
        responses: {
            /** @description The access token response ([RFC 6749 §5.1](https://www.rfc-editor.org/rfc/rfc6749#section-5.1)). */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    Pragma: components["headers"]["PragmaNoCache"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TokenResponse"];
                };
            };
            400: components["responses"]["TokenError"];
            401: components["responses"]["ClientAuthenticationFailed"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    getMe: {
        parameters: {
            query?: {
                /**
                 * @description A bearer token in the URI query ([RFC 6750 §2.3](https://www.rfc-editor.org/rfc/rfc6750#section-2.3)), only
                 *     accepted where the server enables it; otherwise such a request is answered with `invalid_request`.
                 */
                access_token?: components["parameters"]["AccessTokenQuery"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["Me"];
            400: components["responses"]["BearerInvalidRequest"];
            401: components["responses"]["BearerUnauthorized"];
            403: components["responses"]["BearerInsufficientScope"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    postMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["BearerFormBody"];
            };
        };
        responses: {
            200: components["responses"]["Me"];
            400: components["responses"]["BearerInvalidRequest"];
            401: components["responses"]["BearerUnauthorized"];
            403: components["responses"]["BearerInsufficientScope"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    revoke: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["RevocationRequest"];
            };
        };
        responses: {
            /** @description The token is revoked, or was not valid for this client. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlSent"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            400: components["responses"]["TokenError"];
            401: components["responses"]["ClientAuthenticationFailed"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    introspect: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["IntrospectionRequest"];
            };
        };
        responses: {
            /** @description The introspection response ([RFC 7662 §2.2](https://www.rfc-editor.org/rfc/rfc7662#section-2.2)). */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlSent"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntrospectionResponse"];
                };
            };
            400: components["responses"]["TokenError"];
            401: components["responses"]["ClientAuthenticationFailed"];
            413: components["responses"]["PayloadTooLarge"];
            500: components["responses"]["ServerError"];
            503: components["responses"]["TemporarilyUnavailable"];
        };
    };
    login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/x-www-form-urlencoded": components["schemas"]["LoginForm"];
            };
        };
        responses: {
            200: components["responses"]["InteractionPage"];
            /** @description Signed in; back to the authorization request. */
            303: {
                headers: {
                    /** @description The authorization request to resume (a path on this server). */
                    Location: string;
                    /** @description The session cookie. */
                    "Set-Cookie": string;
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            403: components["responses"]["InteractionForbidden"];
            413: components["responses"]["PayloadTooLarge"];
        };
    };
    demoCallback: {
        parameters: {
            query?: {
                /** @description The authorization code of a successful response. */
                code?: components["schemas"]["AuthorizationCode"];
                /** @description The error code of an error response. */
                error?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: components["responses"]["InteractionPage"];
            /** @description Neither `code` nor `error`: not an authorization response. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
        };
    };
    health: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The server and its store answer. */
            200: {
                headers: {
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
            /** @description The store does not answer. */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "Cache-Control": components["headers"]["CacheControlNoStore"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    openapi: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Not served by this deployment. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    docs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The docs page. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/html": string;
                };
            };
            /** @description The docs have not been built (`npm run docs`). */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    protectedResourceMetadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metadata document ([RFC 9728 §3.2](https://www.rfc-editor.org/rfc/rfc9728#section-3.2)). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProtectedResourceMetadata"];
                };
            };
            /** @description The application serves no protected resource here, so there is no document. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
        };
    };
    metadata: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metadata document ([RFC 8414 §3.2](https://www.rfc-editor.org/rfc/rfc8414#section-3.2)). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuthorizationServerMetadata"];
                };
            };
            /**
             * @description The server has no issuer identifier configured, so it has no metadata to publish (`issuer` is REQUIRED,
             *     [RFC 8414 §2](https://www.rfc-editor.org/rfc/rfc8414#section-2)).
             */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            500: components["responses"]["ServerError"];
        };
    };
}
