using Velvena.Application.Common.Exceptions;
using Velvena.Application.Common.Interfaces;

namespace Velvena.UnitTests.Security;

[TestFixture]
public sealed class KeyRotationTests
{
    private const string Token = "refresh-7f3c2a9e41b04d6c8a5e";
    private static readonly Guid OrganizationId = Guid.Parse("2d7e9f10-4b3a-4c8d-9e6f-5a1b2c3d4e5f");

    [Test]
    public void Old_ciphertexts_decrypt_after_a_new_key_becomes_active_and_are_flagged_for_reencryption()
    {
        var k1 = TestKeys.NewKey();
        var k2 = TestKeys.NewKey();
        var underK1 = TestKeys.Protector("k1", ("k1", k1)).Protect(Token, OrganizationId, TokenKind.RefreshToken);

        var rotated = TestKeys.Protector("k2", ("k1", k1), ("k2", k2));
        var underK2 = rotated.Protect(Token, OrganizationId, TokenKind.RefreshToken);

        Assert.Multiple(() =>
        {
            Assert.That(rotated.Unprotect(underK1, OrganizationId, TokenKind.RefreshToken), Is.EqualTo(Token));
            Assert.That(rotated.NeedsReencryption(underK1), Is.True);
            Assert.That(underK2, Does.StartWith("v1.k2."));
            Assert.That(rotated.NeedsReencryption(underK2), Is.False);
            Assert.That(rotated.Unprotect(underK2, OrganizationId, TokenKind.RefreshToken), Is.EqualTo(Token));
        });
    }

    [Test]
    public void Moving_from_ENCRYPTION_KEY_to_a_key_ring_keeps_old_values_readable()
    {
        var original = TestKeys.NewKey();
        var underSingleKey = TestKeys.Protector(new Infrastructure.Security.EncryptionOptions { SingleKey = original })
            .Protect(Token, OrganizationId, TokenKind.AccessToken);

        var rotatedOptions = TestKeys.Ring("k2", ("k2", TestKeys.NewKey()));
        rotatedOptions.SingleKey = original;
        var rotated = TestKeys.Protector(rotatedOptions);

        Assert.Multiple(() =>
        {
            Assert.That(underSingleKey, Does.StartWith("v1.default."));
            Assert.That(rotated.Unprotect(underSingleKey, OrganizationId, TokenKind.AccessToken), Is.EqualTo(Token));
            Assert.That(rotated.NeedsReencryption(underSingleKey), Is.True);
            Assert.That(rotated.Protect(Token, OrganizationId, TokenKind.AccessToken), Does.StartWith("v1.k2."));
        });
    }

    [Test]
    public void Active_key_id_matches_regardless_of_case_as_configuration_keys_do()
    {
        var k1 = TestKeys.NewKey();
        var protectedToken = TestKeys.Protector("k1", ("k1", k1)).Protect(Token, OrganizationId, TokenKind.AccessToken);
        var sameKeyOtherCase = TestKeys.Protector("K1", ("K1", k1));

        Assert.Multiple(() =>
        {
            Assert.That(sameKeyOtherCase.NeedsReencryption(protectedToken), Is.False);
            Assert.That(sameKeyOtherCase.Unprotect(protectedToken, OrganizationId, TokenKind.AccessToken), Is.EqualTo(Token));
        });
    }

    [Test]
    public void A_value_whose_key_was_removed_from_the_ring_fails_with_a_clear_exception()
    {
        var underK1 = TestKeys.Protector("k1", ("k1", TestKeys.NewKey())).Protect(Token, OrganizationId, TokenKind.RefreshToken);
        var withoutK1 = TestKeys.Protector("k2", ("k2", TestKeys.NewKey()));

        var exception = Assert.Throws<TokenDecryptionException>(() => withoutK1.Unprotect(underK1, OrganizationId, TokenKind.RefreshToken));

        Assert.Multiple(() =>
        {
            Assert.That(exception.Reason, Is.EqualTo(TokenDecryptionFailureReason.UnknownKey));
            Assert.That(exception.Message, Does.Contain("'k1'").And.Contain("not in the configured key ring"));
            Assert.That(withoutK1.NeedsReencryption(underK1), Is.True);
        });
    }
}
