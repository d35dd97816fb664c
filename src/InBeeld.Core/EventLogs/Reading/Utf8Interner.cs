using System.Buffers.Binary;
using System.Numerics;

namespace InBeeld.Core.EventLogs.Reading;

/// <summary>
/// Maps byte strings (fields as they are in the file) to dense numbers without turning them into
/// strings: an open-addressing table over a byte arena. A reader keeps one per column and only
/// decodes a value the first time it sees it. The value of the previous lookup is remembered,
/// because consecutive rows often repeat it (the case id of a file sorted by case).
/// </summary>
internal sealed class Utf8Interner
{
    private byte[] _arena = new byte[1 << 12];
    private int _arenaLength;
    private int[] _slots = new int[1 << 10];
    private int[] _offset = new int[1 << 9];
    private int[] _length = new int[1 << 9];
    private ulong[] _hash = new ulong[1 << 9];
    private readonly ulong _seed = (ulong)Random.Shared.NextInt64();
    private int _lastIndex = -1;

    public int Count { get; private set; }

    public void Clear()
    {
        Array.Clear(_slots);
        _arenaLength = 0;
        Count = 0;
        _lastIndex = -1;
    }

    /// <summary>The number of <paramref name="value"/>, or -1 when it is new (then call <see cref="Add"/>).</summary>
    public int Find(ReadOnlySpan<byte> value)
    {
        if (_lastIndex >= 0 && value.SequenceEqual(_arena.AsSpan(_offset[_lastIndex], _length[_lastIndex])))
        {
            return _lastIndex;
        }

        var hash = Hash(value);
        var mask = _slots.Length - 1;
        for (var slot = (int)hash & mask; ; slot = (slot + 1) & mask)
        {
            var entry = _slots[slot] - 1;
            if (entry < 0)
            {
                return -1;
            }

            if (_hash[entry] == hash && value.SequenceEqual(_arena.AsSpan(_offset[entry], _length[entry])))
            {
                _lastIndex = entry;
                return entry;
            }
        }
    }

    /// <summary>Adds a value not yet present; returns its number (numbers count up from 0).</summary>
    public int Add(ReadOnlySpan<byte> value)
    {
        if ((Count + 1) * 2 > _slots.Length)
        {
            Grow();
        }

        if (_arenaLength + value.Length > _arena.Length)
        {
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaLength + value.Length));
        }

        if (Count == _offset.Length)
        {
            Array.Resize(ref _offset, Count * 2);
            Array.Resize(ref _length, Count * 2);
            Array.Resize(ref _hash, Count * 2);
        }

        var index = Count++;
        value.CopyTo(_arena.AsSpan(_arenaLength));
        _offset[index] = _arenaLength;
        _length[index] = value.Length;
        _hash[index] = Hash(value);
        _arenaLength += value.Length;
        Place(index);
        _lastIndex = index;
        return index;
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        for (var i = 0; i < Count; i++)
        {
            Place(i);
        }
    }

    private void Place(int index)
    {
        var mask = _slots.Length - 1;
        var slot = (int)_hash[index] & mask;
        while (_slots[slot] != 0)
        {
            slot = (slot + 1) & mask;
        }

        _slots[slot] = index + 1;
    }

    /// <summary>A fast multiplicative hash over 8-byte words, seeded per table so crafted files cannot force collisions.</summary>
    private ulong Hash(ReadOnlySpan<byte> value)
    {
        const ulong Prime = 0x9E3779B97F4A7C15;
        var hash = _seed ^ ((ulong)value.Length * Prime);
        while (value.Length >= 8)
        {
            hash = BitOperations.RotateLeft((hash ^ BinaryPrimitives.ReadUInt64LittleEndian(value)) * Prime, 29);
            value = value[8..];
        }

        ulong tail = 0;
        for (var i = 0; i < value.Length; i++)
        {
            tail |= (ulong)value[i] << (8 * i);
        }

        hash = (hash ^ tail) * Prime;
        return hash ^ (hash >> 32);
    }
}
