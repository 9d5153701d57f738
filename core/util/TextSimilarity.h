#pragma once

#include <QString>

// How alike two short names or phrases are: the characters they share in order
// (longest common subsequence), over the longer one's length. 市场监管 and 市场监督
// share 市场监 (0.75); 城管 and 清溪县城市管理综合行政执法局 share 城管 (0.14).
class TextSimilarity final
{
public:
    static int sharedInOrder(const QString &a, const QString &b);
    static double ratio(const QString &a, const QString &b); // 0–1; 0 when either is empty
};
