/**
 * The RFC text the HTML report quotes next to a failure: short excerpts of the sections the cases enforce,
 * keyed by reference (`RFC 6749 §3.2`). A case's `rfc` names its section first; the longest matching key wins.
 * Excerpts are verbatim; `…` marks text left out.
 */
const QUOTES: Readonly<Record<string, string>> = {
  'OAuth 2.1 \u00a74.1.2.1':
    '[An authorization server] MUST reject requests without a code_challenge from public clients, and MUST reject such requests from other clients unless there is reasonable assurance that the client mitigates authorization code injection in other ways.',
  'OAuth 2.1 \u00a74.3.1':
    'If client authentication is included in the request, ensure that the refresh token was issued to the authenticated client, OR if a client_id is included in the request, ensure the refresh token was issued to the matching client.',
  'OAuth 2.1 \u00a77.5.2':
    'The authorization server SHOULD NOT revoke any issued tokens when receiving a replayed authorization code that contains invalid parameters.',
  'RFC 6749 Appendix B':
    'When parsing data from a payload using this media type, the names and values resulting from reversing the name/value encoding consequently need to be treated as octet sequences, to be decoded using the UTF-8 character encoding scheme.',
  'RFC 6749 \u00a72.3': 'The client MUST NOT use more than one authentication method in each request.',
  'RFC 6749 \u00a72.3.1':
    'The client identifier is encoded using the "application/x-www-form-urlencoded" encoding algorithm per Appendix B, and the encoded value is used as the username; the client password is encoded using the same algorithm and used as the password. The authorization server MUST support the HTTP Basic authentication scheme for authenticating clients that were issued a client password. … The parameters can only be transmitted in the request-body and MUST NOT be included in the request URI.',
  'RFC 6749 \u00a73.1':
    'The authorization server MUST first verify the identity of the resource owner. […] Parameters sent without a value MUST be treated as if they were omitted from the request. The authorization server MUST ignore unrecognized request parameters. Request and response parameters MUST NOT be included more than once.',
  'RFC 6749 \u00a73.1.1':
    'If an authorization request is missing the "response_type" parameter, or if the response type is not understood, the authorization server MUST return an error response as described in Section 4.1.2.1.',
  'RFC 6749 \u00a73.1.2':
    'The endpoint URI MAY include an "application/x-www-form-urlencoded" formatted (per Appendix B) query component ([RFC3986] Section 3.4), which MUST be retained when adding additional query parameters. The endpoint URI MUST NOT include a fragment component.',
  'RFC 6749 \u00a73.1.2.4':
    'If an authorization request fails validation due to a missing, invalid, or mismatching redirection URI, the authorization server SHOULD inform the resource owner of the error and MUST NOT automatically redirect the user-agent to the invalid redirection URI.',
  'RFC 6749 \u00a73.2':
    'The client MUST use the HTTP "POST" method when making access token requests. Parameters sent without a value MUST be treated as if they were omitted from the request. The authorization server MUST ignore unrecognized request parameters. Request and response parameters MUST NOT be included more than once.',
  'RFC 6749 \u00a73.2.1':
    'Confidential clients or other clients issued client credentials MUST authenticate with the authorization server as described in Section 2.3 when making requests to the token endpoint. … A client MAY use the "client_id" request parameter to identify itself when sending requests to the token endpoint.',
  'RFC 6749 \u00a73.3':
    'The authorization server MAY fully or partially ignore the scope requested by the client, based on the authorization server policy or the resource owner\'s instructions. If the issued access token scope is different from the one requested by the client, the authorization server MUST include the "scope" response parameter to inform the client of the actual scope granted.',
  'RFC 6749 \u00a74.1.1':
    'redirect_uri OPTIONAL. As described in Section 3.1.2. […] The authorization server validates the request to ensure that all required parameters are present and valid.',
  'RFC 6749 \u00a74.1.2':
    'If the resource owner grants the access request, the authorization server issues an authorization code and delivers it to the client by adding the following parameters to the query component of the redirection URI using the "application/x-www-form-urlencoded" format, per Appendix B: […] state REQUIRED if the "state" parameter was present in the client authorization request. The exact value received from the client. … The authorization code MUST expire shortly after it is issued to mitigate the risk of leaks. … If an authorization code is used more than once, the authorization server MUST deny the request and SHOULD revoke (when possible) all tokens previously issued based on that authorization code.',
  'RFC 6749 \u00a74.1.2.1':
    'If the request fails due to a missing, invalid, or mismatching redirection URI, or if the client identifier is missing or invalid, the authorization server SHOULD inform the resource owner of the error and MUST NOT automatically redirect the user-agent to the invalid redirection URI. If the resource owner denies the access request or if the request fails for reasons other than a missing or invalid redirection URI, the authorization server informs the client by adding the following parameters to the query component of the redirection URI using the "application/x-www-form-urlencoded" format, per Appendix B',
  'RFC 6749 \u00a74.1.3':
    'The authorization server MUST: […] ensure that the "redirect_uri" parameter is present if the "redirect_uri" parameter was included in the initial authorization request as described in Section 4.1.1, and if included ensure that their values are identical. … The authorization server MUST: require client authentication for confidential clients or for any client that was issued client credentials (or with other authentication requirements), … ensure that the authorization code was issued to the authenticated confidential client, or if the client is public, ensure that the code was issued to "client_id" in the request, verify that the authorization code is valid, …',
  'RFC 6749 \u00a74.1.4':
    'If the access token request is valid and authorized, the authorization server issues an access token and optional refresh token as described in Section 5.1.',
  'RFC 6749 \u00a74.4.2':
    'The client makes a request to the token endpoint by adding the following parameters using the "application/x-www-form-urlencoded" format per Appendix B with a character encoding of UTF-8 in the HTTP request entity-body … The authorization server MUST authenticate the client.',
  'RFC 6749 \u00a74.4.3':
    'If the access token request is valid and authorized, the authorization server issues an access token as described in Section 5.1. A refresh token SHOULD NOT be included.',
  'RFC 6749 \u00a75.1':
    'The authorization server MUST include the HTTP "Cache-Control" response header field [RFC2616] with a value of "no-store" in any response containing tokens, credentials, or other sensitive information, as well as the "Pragma" response header field [RFC2616] with a value of "no-cache".',
  'RFC 6749 \u00a75.2':
    'The authorization server responds with an HTTP 400 (Bad Request) status code (unless specified otherwise) … If the client attempted to authenticate via the "Authorization" request header field, the authorization server MUST respond with an HTTP 401 (Unauthorized) status code and include the "WWW-Authenticate" response header field matching the authentication scheme used by the client. … Values for the "error_description" parameter MUST NOT include characters outside the set %x20-21 / %x23-5B / %x5D-7E.',
  'RFC 6749 \u00a76':
    'The requested scope MUST NOT include any scope not originally granted by the resource owner, and if omitted is treated as equal to the scope originally granted by the resource owner. The authorization server MUST: require client authentication for confidential clients or for any client that was issued client credentials (or with other authentication requirements), authenticate the client if client authentication is included and ensure that the refresh token was issued to the authenticated client, and validate the refresh token. If a new refresh token is issued, the refresh token scope MUST be identical to that of the refresh token included by the client in the request.',
  'RFC 6749 \u00a77':
    'The resource server MUST validate the access token and ensure that it has not expired and that its scope covers the requested resource.',
  'RFC 6749 \u00a710.3':
    'Access token credentials (as well as any confidential access token attributes) MUST be kept confidential in transit and storage, and only shared among the authorization server, the resource servers the access token is valid for, and the client to whom the access token is issued.',
  'RFC 6749 \u00a710.4':
    'The authorization server MUST maintain the binding between a refresh token and the client to whom it was issued. The authorization server MUST verify the binding between the refresh token and client identity whenever the client identity can be authenticated.',
  'RFC 6749 \u00a710.10':
    'The authorization server MUST prevent attackers from guessing access tokens, authorization codes, refresh tokens, resource owner passwords, and client credentials. The probability of an attacker guessing generated tokens (and other credentials not intended for handling by end-users) MUST be less than or equal to 2^(-128) and SHOULD be less than or equal to 2^(-160).',
  'RFC 6749 \u00a710.12':
    'The authorization server MUST implement CSRF protection for its authorization endpoint and ensure that a malicious client cannot obtain authorization without the awareness and explicit consent of the resource owner.',
  'RFC 6749 \u00a710.14':
    'The authorization server and client MUST sanitize (and validate when possible) any value received -- in particular, the value of the "state" and "redirect_uri" parameters.',
  'RFC 6750 \u00a72': 'Clients MUST NOT use more than one method to transmit the token in each request.',
  'RFC 6750 \u00a72.1':
    'credentials = "Bearer" 1*SP b64token. Clients SHOULD make authenticated requests with a bearer token using the "Authorization" request header field with the "Bearer" HTTP authorization scheme. Resource servers MUST support this method.',
  'RFC 6750 \u00a72.2':
    'The client MUST NOT use this method unless all of the following conditions are met: The HTTP request entity-header includes the "Content-Type" header field set to "application/x-www-form-urlencoded". [...] The HTTP request method is one for which the request-body has defined semantics. In particular, this means that the "GET" method MUST NOT be used. [...] Resource servers MAY support this method.',
  'RFC 6750 \u00a72.3':
    'Server success (2XX status) responses to these requests SHOULD contain a Cache-Control header with the "private" option.',
  'RFC 6750 \u00a73':
    'If the protected resource request does not include authentication credentials or does not contain an access token that enables access to the protected resource, the resource server MUST include the HTTP "WWW-Authenticate" response header field; it MAY include it in response to other conditions as well. [...] All challenges defined by this specification MUST use the auth-scheme value "Bearer". This scheme MUST be followed by one or more auth-param values. [...] The "realm" attribute MUST NOT appear more than once.',
  'RFC 6750 \u00a73.1':
    'invalid_token: [...] The resource SHOULD respond with the HTTP 401 (Unauthorized) status code. insufficient_scope: [...] The resource server SHOULD respond with the HTTP 403 (Forbidden) status code and MAY include the "scope" attribute with the scope necessary to access the protected resource. If the request lacks any authentication information (e.g., the client was unaware that authentication is necessary or attempted using an unsupported authentication method), the resource server SHOULD NOT include an error code or other error information.',
  'RFC 7009 \u00a72':
    'Implementations MUST support the revocation of refresh tokens and SHOULD support the revocation of access tokens (see Implementation Note). The client requests the revocation of a particular token by making an HTTP POST request to the token revocation endpoint URL.',
  'RFC 7009 \u00a72.1':
    'If the server is unable to locate the token using the given hint, it MUST extend its search across all of its supported token types. The authorization server first validates the client credentials (in case of a confidential client) and then verifies whether the token was issued to the client making the revocation request. The invalidation takes place immediately, and the token cannot be used again after the revocation. … In the next step, the authorization server invalidates the token.',
  'RFC 7009 \u00a72.2':
    'The authorization server responds with HTTP status code 200 if the token has been revoked successfully or if the client submitted an invalid token. An invalid token type hint value is ignored by the authorization server and does not influence the revocation response.',
  'RFC 7636 \u00a74.1':
    'code_verifier = high-entropy cryptographic random STRING using the unreserved characters [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~" from Section 2.3 of [RFC3986], with a minimum length of 43 characters and a maximum length of 128 characters.',
  'RFC 7636 \u00a74.2':
    'S256 code_challenge = BASE64URL-ENCODE(SHA256(ASCII(code_verifier))) … ABNF for "code_challenge" is as follows. code-challenge = 43*128unreserved',
  'RFC 7636 \u00a74.3':
    'code_challenge REQUIRED. Code challenge. code_challenge_method OPTIONAL, defaults to "plain" if not present in the request. Code verifier transformation method is "S256" or "plain".',
  'RFC 7636 \u00a74.4':
    'When the server issues the authorization code in the authorization response, it MUST associate the "code_challenge" and "code_challenge_method" values with the authorization code so it can be verified later. … The server MUST NOT include the "code_challenge" value in client requests in a form that other entities can extract.',
  'RFC 7636 \u00a74.4.1':
    'If the server supporting PKCE does not support the requested transformation, the authorization endpoint MUST return the authorization error response with "error" value set to "invalid_request".',
  'RFC 7636 \u00a74.6':
    'If the values are equal, the token endpoint MUST continue processing as normal (as defined by OAuth 2.0 [RFC6749]). If the values are not equal, an error response indicating "invalid_grant" as described in Section 5.2 of [RFC6749] MUST be returned.',
  'RFC 7662 \u00a72.1':
    'If the server is unable to locate the token using the given hint, it MUST extend its search across all of its supported token types. To prevent token scanning attacks, the endpoint MUST also require some form of authorization to access this endpoint, such as client authentication as described in OAuth 2.0 [RFC6749] or a separate OAuth 2.0 access token such as the bearer token described in OAuth 2.0 Bearer Token Usage [RFC6750].',
  'RFC 7662 \u00a72.2':
    'If the introspection call is properly authorized but the token is not active, does not exist on this server, or the protected resource is not allowed to introspect this particular token, then the authorization server MUST return an introspection response with the "active" field set to "false". Note that to avoid disclosing too much of the authorization server\'s state to a third party, the authorization server SHOULD NOT include any additional information about an inactive token, including why the token is inactive.',
  'RFC 7662 \u00a72.3':
    'If the protected resource uses OAuth 2.0 client credentials to authenticate to the introspection endpoint and its credentials are invalid, the authorization server responds with an HTTP 401 (Unauthorized) as described in Section 5.2 of OAuth 2.0 [RFC6749].',
  'RFC 8414 \u00a72':
    'issuer: REQUIRED. The authorization server\'s issuer identifier, which is a URL that uses the "https" scheme and has no query or fragment components. token_endpoint: URL of the authorization server\'s token endpoint [RFC6749]. This is REQUIRED unless only the implicit grant type is supported.',
  'RFC 8414 \u00a73':
    'Authorization servers supporting metadata MUST make a JSON document containing metadata as specified in Section 2 available at a path formed by inserting a well-known URI string into the authorization server\'s issuer identifier between the host component and the path component, if any. By default, the well-known URI string used is "/.well-known/oauth-authorization-server".',
  'RFC 8414 \u00a73.2':
    'A successful response MUST use the 200 OK HTTP status code and return a JSON object using the "application/json" content type that contains a set of claims as its members that are a subset of the metadata values defined in Section 2. Claims that return multiple values are represented as JSON arrays. Claims with zero elements MUST be omitted from the response.',
  'RFC 8414 \u00a73.3':
    'The "issuer" value returned MUST be identical to the authorization server\'s issuer identifier value into which the well-known URI string was inserted to create the URL used to retrieve the metadata. If these values are not identical, the data contained in the response MUST NOT be used.',
  'RFC 9110 \u00a75.3':
    "a sender MUST NOT generate multiple field lines with the same name in a message (whether in the headers or trailers) or append a field line when a field line of the same name already exists in the message, unless that field's definition allows multiple field line values to be recombined as a comma-separated list",
  'RFC 9110 \u00a711.1':
    'It uses a case-insensitive token to identify the authentication scheme: auth-scheme = token',
  'RFC 9110 \u00a715.5.14':
    'The 413 (Content Too Large) status code indicates that the server is refusing to process a request because the request content is larger than the server is willing or able to process. The server MAY terminate the request, if the protocol version in use allows it; otherwise, the server MAY close the connection.',
  'RFC 9207 \u00a72':
    'In authorization responses to the client, including error responses, an authorization server supporting this specification MUST indicate its identity by including the iss parameter in the response. The iss parameter value is the issuer identifier of the authorization server that created the authorization response, as defined in [RFC8414].',
  'RFC 9700 \u00a72.1':
    "When comparing client redirection URIs against pre-registered URIs, authorization servers MUST utilize exact string matching except for port numbers in localhost redirection URIs of native apps (see Section 4.1.3). […] Clients and authorization servers MUST NOT expose URLs that forward the user's browser to arbitrary URIs obtained from a query parameter (open redirectors) as described in Section 4.11.",
  'RFC 9700 \u00a72.1.1':
    'Public clients MUST use PKCE [RFC7636] to this end, as motivated in Section 4.5.3.1. Authorization servers MUST support PKCE [RFC7636]. If a client sends a valid PKCE code_challenge parameter in the authorization request, the authorization server MUST enforce the correct usage of code_verifier at the token endpoint. … When using PKCE, clients SHOULD use PKCE code challenge methods that do not expose the PKCE verifier in the authorization request. Authorization servers MUST provide a way to detect their support for PKCE. It is RECOMMENDED for authorization servers to publish the element code_challenge_methods_supported in their Authorization Server Metadata ([RFC8414]) containing the supported PKCE challenge methods (which can be used by the client to detect PKCE support).',
  'RFC 9700 \u00a72.1.2':
    'In order to avoid these issues, clients SHOULD NOT use the implicit grant (response type "token") or other response types issuing access tokens in the authorization response, unless access token injection in the authorization response is prevented and the aforementioned token leakage vectors are mitigated.',
  'RFC 9700 \u00a72.3':
    'The privileges associated with an access token SHOULD be restricted to the minimum required for the particular application or use case. This prevents clients from exceeding the privileges authorized by the resource owner.',
  'RFC 9700 \u00a72.6':
    'However, CORS MUST NOT be supported at the authorization endpoint, as the client does not access this endpoint directly; instead, the client redirects the user agent to it.',
  'RFC 9700 \u00a74.2.4':
    'The page rendered as a result of the OAuth authorization response and the authorization endpoint SHOULD NOT include third-party resources or links to external sites.',
  'RFC 9700 \u00a74.3.2':
    'Clients MUST NOT pass access tokens in a URI query parameter in the way described in Section 2.3 of [RFC6750].',
  'RFC 9700 \u00a74.8.2':
    'Beyond this, to prevent PKCE downgrade attacks, the authorization server MUST ensure that if there was no code_challenge in the authorization request, a request to the token endpoint containing a code_verifier is rejected.',
  'RFC 9700 \u00a74.11.2':
    'Section 4.1.2.1 of [RFC6749] already prevents open redirects by stating that the authorization server MUST NOT automatically redirect the user agent in case of an invalid combination of client_id and redirect_uri.',
  'RFC 9700 \u00a74.12':
    "Authorization servers that redirect a request that potentially contains the user's credentials therefore MUST NOT use the HTTP 307 status code for redirection. If an HTTP redirection (and not, for example, JavaScript) is used for such a request, the authorization server SHOULD use HTTP status code 303 (See Other).",
  'RFC 9700 \u00a74.14.2':
    'Authorization servers MUST utilize one of these methods to detect refresh token replay by malicious actors for public clients: [...] Refresh token rotation: the authorization server issues a new refresh token with every access token refresh response. The previous refresh token is invalidated, but information about the relationship is retained by the authorization server. [...] The authorization server cannot determine which party submitted the invalid refresh token, but it will revoke the active refresh token.',
  'RFC 9700 \u00a74.16':
    'Authorization servers MUST prevent clickjacking attacks. Multiple countermeasures are described in [RFC6819], including the use of the X-Frame-Options HTTP response header field and frame-busting JavaScript. In addition to those, authorization servers SHOULD also use Content Security Policy (CSP) level 2 [W3C.CSP-2] or greater.',
  'RFC 9728 \u00a73':
    "Protected resources supporting metadata MUST make a JSON document containing metadata as specified in Section 2 available at a URL formed by inserting a well-known URI string into the protected resource's resource identifier between the host component and the path and/or query components, if any. By default, the well-known URI string used is /.well-known/oauth-protected-resource.",
  'RFC 9728 \u00a73.3':
    "The resource value returned MUST be identical to the protected resource's resource identifier value into which the well-known URI path suffix was inserted to create the URL used to retrieve the metadata. If the protected resource metadata was retrieved from a URL returned by the protected resource via the WWW-Authenticate resource_metadata parameter, then the resource value returned MUST be identical to the URL that the client used to make the request to the resource server.",
};

/** The quote for a case's reference, if the catalogue has one for its (first) section. */
export function rfcQuote(reference: string): string | undefined {
  const first = reference.split(/[,;(]/)[0]!.trim();
  let best: string | undefined;
  for (const key of Object.keys(QUOTES)) {
    if (
      (first === key || first.startsWith(`${key}.`) || first.startsWith(`${key} `)) &&
      (!best || key.length > best.length)
    ) {
      best = key;
    }
  }
  return best ? QUOTES[best] : undefined;
}
