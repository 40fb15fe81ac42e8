using System.Security.Cryptography;
using Velvena.CalendlySandbox.State;

namespace Velvena.CalendlySandbox.OAuth;

/// <summary>Authorization codes, access tokens and refresh tokens, all in memory.</summary>
public sealed class TokenStore(SandboxOptions options)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, AuthorizationCode> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AccessToken> _accessTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshToken> _refreshTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _tokenRequests = new(StringComparer.Ordinal);

    /// <summary>
    /// How many <c>POST /oauth/token</c> requests with this <c>grant_type</c> reached the token endpoint (whatever
    /// their outcome; requests refused by an injected fault never reach it). Lets tests prove a single-flight refresh.
    /// </summary>
    public int TokenRequestCount(string grantType)
    {
        lock (_gate)
        {
            return _tokenRequests.GetValueOrDefault(grantType);
        }
    }

    internal void CountTokenRequest(string grantType)
    {
        lock (_gate)
        {
            _tokenRequests[grantType] = _tokenRequests.GetValueOrDefault(grantType) + 1;
        }
    }

    internal string IssueCode(OAuthClient client, string redirectUri, string? codeChallenge, Guid userUuid)
    {
        var code = NewSecret();
        lock (_gate)
        {
            _codes[code] = new AuthorizationCode
            {
                Code = code,
                ClientId = client.ClientId,
                RedirectUri = redirectUri,
                CodeChallenge = codeChallenge,
                UserUuid = userUuid,
                ExpiresAt = options.TimeProvider.GetUtcNow() + options.AuthorizationCodeLifetime,
            };
        }

        return code;
    }

    /// <summary>Finds the user a code was issued to without consuming it (for the per-user token limit).</summary>
    internal Guid? PeekCodeUser(string code)
    {
        lock (_gate)
        {
            return _codes.TryGetValue(code, out var found) ? found.UserUuid : null;
        }
    }

    internal Guid? PeekRefreshUser(string refreshToken)
    {
        lock (_gate)
        {
            return _refreshTokens.TryGetValue(refreshToken, out var found) ? found.UserUuid : null;
        }
    }

    /// <summary>Any attempt burns the code, so a verifier cannot be guessed by retrying.</summary>
    internal string? RedeemCode(string code, string clientId, string? redirectUri, string? codeVerifier, out AuthorizationCode? redeemed)
    {
        redeemed = null;
        lock (_gate)
        {
            if (!_codes.TryGetValue(code, out var found) || found.ClientId != clientId)
            {
                return "The authorization code is invalid.";
            }

            if (found.Consumed)
            {
                return "The authorization code has already been used.";
            }

            found.Consumed = true;
            if (options.TimeProvider.GetUtcNow() >= found.ExpiresAt)
            {
                return "The authorization code has expired.";
            }

            if (!string.Equals(found.RedirectUri, redirectUri, StringComparison.Ordinal))
            {
                return "The redirect_uri does not match the one used in the authorization request.";
            }

            if (found.CodeChallenge is not null && !Pkce.Verifies(codeVerifier, found.CodeChallenge))
            {
                return "The code_verifier does not match the code_challenge.";
            }

            redeemed = found;
            return null;
        }
    }

    internal string? RedeemRefreshToken(string token, string clientId, out RefreshToken? redeemed)
    {
        redeemed = null;
        lock (_gate)
        {
            if (!_refreshTokens.TryGetValue(token, out var found) || found.ClientId != clientId || found.Dead)
            {
                return "The refresh token is invalid, revoked or already used.";
            }

            found.Dead = true;
            redeemed = found;
            return null;
        }
    }

    public IssuedTokenPair Issue(string clientId, SandboxUser user, IEnumerable<string> scopes, Guid? grantId = null)
    {
        ArgumentNullException.ThrowIfNull(user);
        var now = options.TimeProvider.GetUtcNow();
        var grant = grantId ?? Guid.NewGuid();
        var scopeSet = scopes.ToHashSet(StringComparer.Ordinal);
        var access = new AccessToken
        {
            Token = NewSecret(),
            ClientId = clientId,
            UserUuid = user.Uuid,
            OrganizationUuid = user.OrganizationUuid,
            Scopes = scopeSet,
            IssuedAt = now,
            ExpiresAt = now + options.AccessTokenLifetime,
            GrantId = grant,
        };
        var refresh = new RefreshToken
        {
            Token = NewSecret(),
            ClientId = clientId,
            UserUuid = user.Uuid,
            OrganizationUuid = user.OrganizationUuid,
            Scopes = scopeSet,
            GrantId = grant,
        };
        lock (_gate)
        {
            _accessTokens[access.Token] = access;
            _refreshTokens[refresh.Token] = refresh;
        }

        return new IssuedTokenPair(access, refresh.Token);
    }

    public AccessToken? FindUsableAccessToken(string token)
    {
        var now = options.TimeProvider.GetUtcNow();
        lock (_gate)
        {
            return _accessTokens.TryGetValue(token, out var found) && found.IsUsableAt(now) ? found : null;
        }
    }

    public bool IsRefreshTokenAlive(string token)
    {
        lock (_gate)
        {
            return _refreshTokens.TryGetValue(token, out var found) && !found.Dead;
        }
    }

    /// <summary>RFC 7009: revoking a refresh token also revokes the access tokens of its grant.</summary>
    public void Revoke(string clientId, string token)
    {
        lock (_gate)
        {
            if (_accessTokens.TryGetValue(token, out var access) && access.ClientId == clientId)
            {
                access.Revoked = true;
            }

            if (_refreshTokens.TryGetValue(token, out var refresh) && refresh.ClientId == clientId)
            {
                refresh.Dead = true;
                foreach (var sibling in _accessTokens.Values.Where(a => a.GrantId == refresh.GrantId))
                {
                    sibling.Revoked = true;
                }
            }
        }
    }

    internal AccessToken? FindAccessTokenEvenIfDead(string token)
    {
        lock (_gate)
        {
            return _accessTokens.GetValueOrDefault(token);
        }
    }

    private static string NewSecret() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
}
