namespace Velvena.CalendlySandbox.OAuth;

/// <summary>RFC 6749 error body. Calendly's exact strings are unconfirmed; clients must branch on status and error code.</summary>
public sealed record OAuthError(string Error, string ErrorDescription);
