using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Hosting.Internal;
using Microsoft.Extensions.Options;
using Velvena.Infrastructure.Security;

namespace Velvena.UnitTests.Security;

[TestFixture]
public sealed class EncryptionOptionsValidationTests
{
    private static ValidateOptionsResult Validate(EncryptionOptions options, string environmentName = "Production") =>
        new EncryptionOptionsValidator(new HostingEnvironment { EnvironmentName = environmentName }).Validate(null, options);

    [Test]
    public void A_single_valid_ENCRYPTION_KEY_is_accepted()
    {
        Assert.That(Validate(new EncryptionOptions { SingleKey = TestKeys.NewKey() }).Succeeded, Is.True);
    }

    [Test]
    public void A_key_ring_with_an_active_key_is_accepted()
    {
        Assert.That(Validate(TestKeys.Ring("k2", ("k1", TestKeys.NewKey()), ("k2", TestKeys.NewKey()))).Succeeded, Is.True);
    }

    [TestCase(16)]
    [TestCase(24)]
    [TestCase(64)]
    public void ENCRYPTION_KEY_of_the_wrong_length_is_rejected_naming_the_setting(int size)
    {
        var key = TestKeys.NewKey(size);

        var result = Validate(new EncryptionOptions { SingleKey = key });

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("ENCRYPTION_KEY must decode to 32 bytes").And.Contain($"{size} bytes"));
            Assert.That(result.FailureMessage, Does.Not.Contain(key));
        });
    }

    [TestCase("not base64 at all!")]
    [TestCase("AAAA=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public void ENCRYPTION_KEY_that_is_not_base64_is_rejected_naming_the_setting(string value)
    {
        var result = Validate(new EncryptionOptions { SingleKey = value });

        Assert.Multiple(() =>
        {
            Assert.That(result.FailureMessage, Does.Contain("ENCRYPTION_KEY is not valid base64"));
            Assert.That(result.FailureMessage, Does.Not.Contain(value));
        });
    }

    [Test]
    public void A_ring_key_of_the_wrong_length_is_rejected_naming_its_id()
    {
        var shortKey = TestKeys.NewKey(31);

        var result = Validate(TestKeys.Ring("k1", ("k1", TestKeys.NewKey()), ("k2", shortKey)));

        Assert.Multiple(() =>
        {
            Assert.That(result.FailureMessage, Does.Contain("Encryption:Keys:k2 must decode to 32 bytes").And.Contain("31 bytes"));
            Assert.That(result.FailureMessage, Does.Not.Contain(shortKey));
        });
    }

    [Test]
    public void A_ring_key_that_is_not_base64_is_rejected_naming_its_id()
    {
        var result = Validate(TestKeys.Ring("k1", ("k1", "%%%")));

        Assert.That(result.FailureMessage, Does.Contain("Encryption:Keys:k1 is not valid base64"));
    }

    [Test]
    public void An_empty_ring_key_is_rejected_naming_its_id()
    {
        var result = Validate(TestKeys.Ring("k1", ("k1", "")));

        Assert.That(result.FailureMessage, Does.Contain("Encryption:Keys:k1 is empty"));
    }

    [Test]
    public void An_active_key_id_missing_from_the_ring_is_rejected()
    {
        var result = Validate(TestKeys.Ring("k3", ("k1", TestKeys.NewKey()), ("k2", TestKeys.NewKey())));

        Assert.That(result.FailureMessage, Does.Contain("Encryption:ActiveKeyId 'k3' is not a configured key id (configured: k1, k2)"));
    }

    [Test]
    public void Several_keys_without_an_active_key_id_are_rejected()
    {
        var options = TestKeys.Ring("", ("k1", TestKeys.NewKey()));
        options.SingleKey = TestKeys.NewKey();

        var result = Validate(options);

        Assert.That(result.FailureMessage, Does.Contain("Encryption:ActiveKeyId is required when more than one key is configured (configured: default, k1)"));
    }

    [TestCase("has.dot")]
    [TestCase("has space")]
    [TestCase("much-too-long-key-id-for-an-envelope-header")]
    public void An_invalid_key_id_is_rejected(string keyId)
    {
        var result = Validate(TestKeys.Ring(keyId, (keyId, TestKeys.NewKey())));

        Assert.That(result.FailureMessage, Does.Contain("Encryption:Keys contains an invalid key id"));
    }

    [Test]
    public void A_ring_holding_only_an_invalid_key_id_and_no_active_id_is_rejected()
    {
        var result = Validate(TestKeys.Ring("", ("bad.id", TestKeys.NewKey())));

        Assert.That(result.FailureMessage, Does.Contain("Encryption:Keys contains an invalid key id 'bad.id'"));
    }

    [Test]
    public void A_key_pasted_where_the_id_belongs_is_not_echoed()
    {
        var key = TestKeys.NewKey();

        var result = Validate(TestKeys.Ring("k1", (key, "k1")));

        Assert.Multiple(() =>
        {
            Assert.That(result.FailureMessage, Does.Contain("invalid key id"));
            Assert.That(result.FailureMessage, Does.Not.Contain(key));
        });
    }

    [Test]
    public void ENCRYPTION_KEY_and_a_ring_key_named_default_conflict()
    {
        var options = TestKeys.Ring("default", ("default", TestKeys.NewKey()));
        options.SingleKey = TestKeys.NewKey();

        Assert.That(Validate(options).FailureMessage, Does.Contain("both define key id 'default'"));
    }

    [Test]
    public void No_key_outside_Development_is_rejected_naming_both_ways_to_configure_one()
    {
        var result = Validate(new EncryptionOptions(), Environments.Staging);

        Assert.Multiple(() =>
        {
            Assert.That(result.Failed, Is.True);
            Assert.That(result.FailureMessage, Does.Contain("ENCRYPTION_KEY").And.Contain("Encryption:Keys").And.Contain("'Staging'"));
        });
    }

    [Test]
    public void Every_problem_is_reported_at_once()
    {
        var options = TestKeys.Ring("k3", ("k1", "%%%"), ("k2", TestKeys.NewKey(16)));

        var failures = Validate(options).Failures!.ToList();

        Assert.That(failures, Has.Count.EqualTo(3));
    }
}
