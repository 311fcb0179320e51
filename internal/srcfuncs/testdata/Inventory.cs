using System;
using System.Collections.Generic;

namespace Shop
{
    #region Inventory
    /// <summary>Stock levels. Not code: { }</summary>
    public class Inventory<T> : IDisposable where T : class
    {
        private readonly Dictionary<string, int> _stock = new();

        public int Count { get { return _stock.Count; } }

        public Inventory() : base()
        {
        }

        [Obsolete("use Reserve")]
        public bool Take(string sku, int n)
        {
            var msg = $"taking {n} of {sku} {{literal}}";
            var path = @"C:\items\{raw}";
            if (!_stock.TryGetValue(sku, out var have) || have < n)
            {
                return false;
            }
            _stock[sku] = have - n;
            return true;
        }

        public int Level(string sku) => _stock.TryGetValue(sku, out var n) ? n : 0;

        public void Dispose() { }

        private static async System.Threading.Tasks.Task<int> LoadAsync(string path)
        {
            await System.Threading.Tasks.Task.Delay(1);
            return 0;
        }
    }
    #endregion

    public record Item(string Sku, int Price)
    {
        public int Discounted(int pct) { return Price * (100 - pct) / 100; }
    }
}
