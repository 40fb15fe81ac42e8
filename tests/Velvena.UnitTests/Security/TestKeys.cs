using System.Security.Cryptography;
using Velvena.Infrastructure.Security;

namespace Velvena.UnitTests.Security;

internal static class TestKeys
{
    public static string NewKey(int sizeInBytes = EncryptionOptions.KeySizeInBytes) =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(sizeInBytes));

    public static EncryptionOptions Ring(string activeKeyId, params (string Id, string Key)[] keys)
    {
        var options = new EncryptionOptions { ActiveKeyId = activeKeyId };
        foreach (var (id, key) in keys)
        {
            options.Keys[id] = key;
        }

        return options;
    }

    public static AesGcmTokenProtector Protector(EncryptionOptions options) => new(options);

    public static AesGcmTokenProtector Protector(string activeKeyId, params (string Id, string Key)[] keys) =>
        Protector(Ring(activeKeyId, keys));
}
