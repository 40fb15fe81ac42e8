using System.Buffers.Text;
using Velvena.Application.Common.Exceptions;
using Velvena.Application.Common.Interfaces;
using Velvena.Infrastructure.Security;

namespace Velvena.UnitTests.Security;

[TestFixture]
public sealed class AesGcmTokenProtectorTests
{
    private const string Token = "eyJraWQiOiIxY2UxZTEzNjE3ZGNmNzY2YjNjZWJjY2Y4ZGM1YmFmYThhNjVlNjg0MDIzZjdjMzJiZTgzNDliMjM4MDEzNWI0";

    private static readonly Guid OrganizationId = Guid.Parse("6f0c1c8e-58a3-4e0b-9d55-1b7f2f8e2a11");
    private static readonly Guid OtherOrganizationId = Guid.Parse("0b8e4a52-7c6d-4b1f-8e0a-3d9c5f7a6b22");

    private string _key = null!;
    private AesGcmTokenProtector _protector = null!;

    [SetUp]
    public void SetUp()
    {
        _key = TestKeys.NewKey();
        _protector = TestKeys.Protector("k1", ("k1", _key));
    }

    [TestCase(Token)]
    [TestCase("x")]
    [TestCase("jeton d'accès – été 🔐")]
    public void Protect_then_unprotect_returns_the_token(string token)
    {
        foreach (var kind in Enum.GetValues<TokenKind>())
        {
            var protectedToken = _protector.Protect(token, OrganizationId, kind);

            Assert.That(_protector.Unprotect(protectedToken, OrganizationId, kind), Is.EqualTo(token));
        }
    }

    [Test]
    public void Round_trip_works_for_a_long_token()
    {
        var token = new string('a', 10_000);

        Assert.That(_protector.Unprotect(_protector.Protect(token, OrganizationId, TokenKind.RefreshToken), OrganizationId, TokenKind.RefreshToken), Is.EqualTo(token));
    }

    [Test]
    public void Protected_value_is_a_versioned_envelope_naming_the_key_and_not_containing_the_token()
    {
        var protectedToken = _protector.Protect(Token, OrganizationId, TokenKind.AccessToken);
        var parts = protectedToken.Split('.');

        Assert.Multiple(() =>
        {
            Assert.That(parts, Has.Length.EqualTo(3));
            Assert.That(parts[0], Is.EqualTo("v1"));
            Assert.That(parts[1], Is.EqualTo("k1"));
            Assert.That(Base64Url.DecodeFromChars(parts[2]), Has.Length.EqualTo(12 + Token.Length + 16));
            Assert.That(protectedToken, Does.Not.Contain(Token[..16]));
            Assert.That(_protector.NeedsReencryption(protectedToken), Is.False);
        });
    }

    [Test]
    public void Two_encryptions_of_the_same_token_differ_in_nonce_and_ciphertext()
    {
        var first = _protector.Protect(Token, OrganizationId, TokenKind.AccessToken);
        var second = _protector.Protect(Token, OrganizationId, TokenKind.AccessToken);

        var firstPayload = Base64Url.DecodeFromChars(first.Split('.')[2]);
        var secondPayload = Base64Url.DecodeFromChars(second.Split('.')[2]);
        Assert.Multiple(() =>
        {
            Assert.That(second, Is.Not.EqualTo(first));
            Assert.That(secondPayload[..12], Is.Not.EqualTo(firstPayload[..12]));
            Assert.That(_protector.Unprotect(first, OrganizationId, TokenKind.AccessToken), Is.EqualTo(Token));
            Assert.That(_protector.Unprotect(second, OrganizationId, TokenKind.AccessToken), Is.EqualTo(Token));
        });
    }

    [Test]
    public void Altering_any_byte_of_nonce_ciphertext_or_tag_fails_authentication()
    {
        var protectedToken = _protector.Protect(Token, OrganizationId, TokenKind.AccessToken);
        var parts = protectedToken.Split('.');
        var payload = Base64Url.DecodeFromChars(parts[2]);

        for (var i = 0; i < payload.Length; i++)
        {
            var tampered = (byte[])payload.Clone();
            tampered[i] ^= 0x01;
            var tamperedToken = $"{parts[0]}.{parts[1]}.{Base64Url.EncodeToString(tampered)}";

            var exception = Assert.Throws<TokenDecryptionException>(
                () => _protector.Unprotect(tamperedToken, OrganizationId, TokenKind.AccessToken),
                $"byte {i}");
            Assert.That(exception.Reason, Is.EqualTo(TokenDecryptionFailureReason.AuthenticationFailed), $"byte {i}");
        }
    }

    [Test]
    public void Altering_any_character_of_the_envelope_fails()
    {
        var protectedToken = _protector.Protect(Token, OrganizationId, TokenKind.AccessToken);

        for (var i = 0; i < protectedToken.Length; i++)
        {
            var replacement = protectedToken[i] == 'A' ? 'B' : 'A';
            var tampered = string.Concat(protectedToken.AsSpan(0, i), replacement.ToString(), protectedToken.AsSpan(i + 1));

            Assert.Throws<TokenDecryptionException>(
                () => _protector.Unprotect(tampered, OrganizationId, TokenKind.AccessToken),
                $"character {i}");
        }
    }

    [Test]
    public void Relabelling_the_key_id_fails_authentication_even_when_the_other_id_holds_the_same_key()
    {
        var protector = TestKeys.Protector("k1", ("k1", _key), ("k2", _key));
        var protectedToken = protector.Protect(Token, OrganizationId, TokenKind.AccessToken);
        var relabelled = protectedToken.Replace("v1.k1.", "v1.k2.", StringComparison.Ordinal);

        var exception = Assert.Throws<TokenDecryptionException>(() => protector.Unprotect(relabelled, OrganizationId, TokenKind.AccessToken));

        Assert.That(exception.Reason, Is.EqualTo(TokenDecryptionFailureReason.AuthenticationFailed));
    }

    [TestCase("")]
    [TestCase("v1")]
    [TestCase("v1.k1")]
    [TestCase("v1.k1.")]
    [TestCase("v1.k1.AAAA")]
    [TestCase("v2.k1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("v1.k.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("v1.k1.!!!!AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [TestCase("plain-text-token-from-an-older-schema")]
    public void Malformed_values_are_rejected_as_malformed(string value)
    {
        var exception = Assert.Throws<TokenDecryptionException>(() => _protector.Unprotect(value, OrganizationId, TokenKind.AccessToken));

        Assert.Multiple(() =>
        {
            Assert.That(exception.Reason, Is.EqualTo(TokenDecryptionFailureReason.MalformedValue));
            Assert.That(_protector.NeedsReencryption(value), Is.True);
        });
    }

    [Test]
    public void A_value_copied_to_another_organization_does_not_decrypt()
    {
        var protectedToken = _protector.Protect(Token, OrganizationId, TokenKind.AccessToken);

        var exception = Assert.Throws<TokenDecryptionException>(() => _protector.Unprotect(protectedToken, OtherOrganizationId, TokenKind.AccessToken));

        Assert.That(exception.Reason, Is.EqualTo(TokenDecryptionFailureReason.AuthenticationFailed));
    }

    [TestCase(TokenKind.AccessToken, TokenKind.RefreshToken)]
    [TestCase(TokenKind.RefreshToken, TokenKind.AccessToken)]
    public void A_value_swapped_between_access_and_refresh_token_does_not_decrypt(TokenKind protectedAs, TokenKind readAs)
    {
        var protectedToken = _protector.Protect(Token, OrganizationId, protectedAs);

        var exception = Assert.Throws<TokenDecryptionException>(() => _protector.Unprotect(protectedToken, OrganizationId, readAs));

        Assert.That(exception.Reason, Is.EqualTo(TokenDecryptionFailureReason.AuthenticationFailed));
    }

    [Test]
    public void A_different_key_under_the_same_id_fails_authentication()
    {
        var protectedToken = _protector.Protect(Token, OrganizationId, TokenKind.AccessToken);
        var replaced = TestKeys.Protector("k1", ("k1", TestKeys.NewKey()));

        var exception = Assert.Throws<TokenDecryptionException>(() => replaced.Unprotect(protectedToken, OrganizationId, TokenKind.AccessToken));

        Assert.That(exception.Reason, Is.EqualTo(TokenDecryptionFailureReason.AuthenticationFailed));
    }

    [Test]
    public void Protect_rejects_an_empty_token_an_empty_organization_and_an_unknown_kind()
    {
        Assert.Multiple(() =>
        {
            Assert.Throws<ArgumentException>(() => _protector.Protect(string.Empty, OrganizationId, TokenKind.AccessToken));
            Assert.Throws<ArgumentException>(() => _protector.Protect(Token, Guid.Empty, TokenKind.AccessToken));
            Assert.Throws<ArgumentOutOfRangeException>(() => _protector.Protect(Token, OrganizationId, (TokenKind)42));
            Assert.Throws<ArgumentOutOfRangeException>(() => _protector.Unprotect("v1.k1.AAAA", OrganizationId, (TokenKind)42));
        });
    }

    [Test]
    public void Decryption_failures_never_reveal_the_token_the_protected_value_or_the_key()
    {
        var protectedToken = _protector.Protect(Token, OrganizationId, TokenKind.AccessToken);
        var payload = protectedToken.Split('.')[2];
        var tampered = protectedToken[..^2] + (protectedToken[^2] == 'A' ? "B" : "A") + protectedToken[^1];
        var withoutKey = TestKeys.Protector("k9", ("k9", TestKeys.NewKey()));

        Action[] failures =
        [
            () => _protector.Unprotect(protectedToken, OtherOrganizationId, TokenKind.AccessToken),
            () => _protector.Unprotect(protectedToken, OrganizationId, TokenKind.RefreshToken),
            () => _protector.Unprotect(tampered, OrganizationId, TokenKind.AccessToken),
            () => _protector.Unprotect(protectedToken + "A", OrganizationId, TokenKind.AccessToken),
            () => withoutKey.Unprotect(protectedToken, OrganizationId, TokenKind.AccessToken),
            () => _protector.Unprotect(Token, OrganizationId, TokenKind.AccessToken),
        ];

        foreach (var failure in failures)
        {
            var exception = Assert.Throws<TokenDecryptionException>(failure);
            foreach (var text in new[] { exception.Message, exception.ToString() })
            {
                Assert.Multiple(() =>
                {
                    Assert.That(text, Does.Not.Contain(Token[..12]));
                    Assert.That(text, Does.Not.Contain(payload[..12]));
                    Assert.That(text, Does.Not.Contain(payload[^12..]));
                    Assert.That(text, Does.Not.Contain(_key));
                    Assert.That(text, Does.Not.Contain(_key[..12]));
                });
            }

            Assert.That(exception.InnerException, Is.Null);
        }
    }
}
