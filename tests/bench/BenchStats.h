// The figures the benchmarks print: medians and minimums of repeated runs, and seconds from a timer.
#pragma once

#include <QElapsedTimer>
#include <algorithm>
#include <vector>

namespace coffer::bench {

inline double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t mid = v.size() / 2;
    return v.size() % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}

inline double minimum(const std::vector<double>& v)
{
    return *std::min_element(v.begin(), v.end());
}

inline double seconds(const QElapsedTimer& t)
{
    return double(t.nsecsElapsed()) / 1e9;
}

} // namespace coffer::bench
