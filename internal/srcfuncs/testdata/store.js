'use strict';
// A tiny key-value store. Not code: function fake() { }

const DEFAULTS = { ttl: 60, pattern: /[{}]/g };

/**
 * Creates a store.
 */
function createStore(options) {
  const data = new Map();
  const ratio = options.size / 2; // a division, not a regex
  return {
    get(key) {
      return data.get(key);
    },
    set: function (key, value) {
      data.set(key, value);
    },
  };
}

const expire = (store, key) => {
  const msg = `expiring ${key} in ${store.ttl || `${DEFAULTS.ttl}s`} {`;
  store.delete(key);
};

const double = x => x * 2;

async function* scan(store) {
  for (const k of store.keys()) yield k;
}

class Cache extends Base {
  constructor(limit) {
    super();
    this.limit = limit;
  }

  static from(obj) {
    return new Cache(obj.limit);
  }

  evict = () => {
    this.items.pop();
  };
}

module.exports = { createStore, expire, Cache };

app.get('/x', function (req, res) {
  res.send('ok');
});
