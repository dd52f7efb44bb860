using System.Buffers.Binary;
using System.Text;
using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace Zhixin.Platform.Audit;

/// <summary>
/// HMAC-SM3 over an entry's fields and the previous MAC. Fields are length-prefixed so that moving text
/// from one field to the next changes the MAC; the sequence number is included so that renumbering does too.
/// </summary>
internal static class AuditMac
{
    public const int Size = 32;

    public static string Compute(byte[] key, string? previousMac, AuditEntry entry)
    {
        var mac = new HMac(new SM3Digest());
        mac.Init(new KeyParameter(key));
        Span<byte> number = stackalloc byte[8];

        BinaryPrimitives.WriteInt64BigEndian(number, entry.Sequence);
        mac.BlockUpdate(number);
        Add(mac, previousMac);
        BinaryPrimitives.WriteInt64BigEndian(number, entry.OccurredAt.UtcTicks);
        mac.BlockUpdate(number);
        Add(mac, entry.ActorId);
        Add(mac, entry.ActorName);
        Add(mac, entry.Action);
        Add(mac, entry.EntityType);
        Add(mac, entry.EntityId);
        Add(mac, entry.RegionCode);
        Add(mac, entry.Before);
        Add(mac, entry.After);
        Add(mac, entry.Detail);

        var output = new byte[Size];
        mac.DoFinal(output, 0);
        return Convert.ToHexStringLower(output);
    }

    private static void Add(HMac mac, string? text)
    {
        Span<byte> length = stackalloc byte[4];
        if (text is null)
        {
            // A null field and an empty one must differ.
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            mac.BlockUpdate(length);
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(text);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        mac.BlockUpdate(length);
        mac.BlockUpdate(bytes);
    }
}
