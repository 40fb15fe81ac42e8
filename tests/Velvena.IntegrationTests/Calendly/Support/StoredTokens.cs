namespace Velvena.IntegrationTests.Calendly.Support;

/// <summary>A connection's tokens as stored (ciphertexts) and decrypted with the API's own protector.</summary>
internal sealed record StoredTokens(string EncryptedAccess, string EncryptedRefresh, string Access, string Refresh);
