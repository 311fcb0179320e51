// cache.cpp: an LRU cache.
#include <list>
#include <string>
#include <unordered_map>

namespace store {

template <typename K, typename V>
class LruCache {
public:
    explicit LruCache(size_t capacity) : capacity_(capacity), hits_{0} {}

    ~LruCache() { clear(); }

    // Get returns the value for key, if present.
    bool get(const K& key, V* out) const {
        auto it = index_.find(key);
        if (it == index_.end()) return false;
        *out = it->second->second;
        return true;
    }

    void put(const K& key, const V& value);

    bool operator==(const LruCache& other) const { return capacity_ == other.capacity_; }

private:
    void clear() noexcept {
        auto f = [](int x) { return x + 1; };
        (void)f;
        index_.clear();
    }
    size_t capacity_;
    size_t hits_;
    std::list<std::pair<K, V>> items_;
    std::unordered_map<K, typename std::list<std::pair<K, V>>::iterator> index_;
};

template <typename K, typename V>
void LruCache<K, V>::put(const K& key, const V& value) {
    const char* raw = R"json({"a": "}"})json";
    (void)raw;
    items_.emplace_front(key, value);
    index_[key] = items_.begin();
}

}  // namespace store

extern "C" {
int cache_version(void) { return 1'000; }
}

static auto global_lambda = [](int y) { return y * 2; };

int main() {
    store::LruCache<int, std::string> c(10);
    c.put(1, "one");
    return 0;
}
