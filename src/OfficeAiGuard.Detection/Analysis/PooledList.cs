using System.Buffers;
using System.Collections;

namespace OfficeAiGuard.Detection.Analysis;

/// <summary>
/// A read-only list over an array rented from the shared pool: the words and trigger hits of a text
/// are rebuilt for every text (and every chunk of a large one), and renting their arrays keeps them
/// out of the garbage collector's way. The engine returns the array when it is done with the
/// context; a list it did not make is simply left to the collector.
/// </summary>
public sealed class PooledList<T> : IReadOnlyList<T>
{
    private T[] _items;
    private int _count;

    internal PooledList(int capacity) => _items = ArrayPool<T>.Shared.Rent(Math.Max(16, capacity));

    private PooledList() => _items = [];

    /// <summary>An empty list (nothing to return).</summary>
    internal static readonly PooledList<T> Empty = new();

    public int Count => _count;

    public T this[int index]
    {
        get
        {
            if ((uint)index >= (uint)_count) ThrowIndex();
            return _items[index];
        }
    }

    public ReadOnlySpan<T> AsSpan() => _items.AsSpan(0, _count);

    internal void Add(T item)
    {
        if (_count == _items.Length) Grow();
        _items[_count++] = item;
    }

    private void Grow()
    {
        var larger = ArrayPool<T>.Shared.Rent(Math.Max(16, _items.Length * 2));
        _items.AsSpan(0, _count).CopyTo(larger);
        ArrayPool<T>.Shared.Return(_items);
        _items = larger;
    }

    /// <summary>Gives the array back to the pool; the list is empty afterwards.</summary>
    internal void Release()
    {
        var items = _items;
        _items = [];
        _count = 0;
        if (items.Length > 0) ArrayPool<T>.Shared.Return(items);
    }

    public Enumerator GetEnumerator() => new(this);

    IEnumerator<T> IEnumerable<T>.GetEnumerator()
    {
        for (int i = 0; i < _count; i++) yield return _items[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable<T>)this).GetEnumerator();

    private static void ThrowIndex() => throw new ArgumentOutOfRangeException("index");

    public struct Enumerator(PooledList<T> list)
    {
        private int _index = -1;

        public readonly T Current => list._items[_index];

        public bool MoveNext() => ++_index < list._count;
    }
}
