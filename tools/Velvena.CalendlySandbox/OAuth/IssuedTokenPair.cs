namespace Velvena.CalendlySandbox.OAuth;

public sealed record IssuedTokenPair(AccessToken Access, string RefreshToken);
