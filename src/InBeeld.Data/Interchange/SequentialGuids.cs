using System.Buffers.Binary;
using System.Security.Cryptography;

namespace InBeeld.Data.Interchange;

/// <summary>
/// Version 7 GUIDs that ascend in the order they are made (RFC 9562, method 1: a counter in the
/// random bits), unlike <see cref="Guid.CreateVersion7()"/> within one millisecond. The exporter
/// orders participants and interviews by id, so an imported file keeps its order on export.
/// </summary>
internal sealed class SequentialGuids
{
    private const ulong CounterMask = (1UL << 62) - 1;

    private readonly long _milliseconds;
    private readonly ushort _randA;
    private ulong _counter;

    public SequentialGuids(TimeProvider time)
    {
        _milliseconds = time.GetUtcNow().ToUnixTimeMilliseconds();
        Span<byte> random = stackalloc byte[8];
        RandomNumberGenerator.Fill(random);
        _randA = (ushort)(BinaryPrimitives.ReadUInt16BigEndian(random) & 0x0FFF);
        // Start low in the 62-bit space so the counter can never wrap.
        _counter = BinaryPrimitives.ReadUInt64BigEndian(random) >> 24;
    }

    public Guid Next()
    {
        var counter = _counter++ & CounterMask;
        Span<byte> bytes = stackalloc byte[16];
        BinaryPrimitives.WriteInt64BigEndian(bytes, _milliseconds << 16);
        BinaryPrimitives.WriteUInt16BigEndian(bytes[6..], (ushort)(0x7000 | _randA));
        BinaryPrimitives.WriteUInt64BigEndian(bytes[8..], 0x8000_0000_0000_0000UL | counter);
        return new Guid(bytes, bigEndian: true);
    }
}
