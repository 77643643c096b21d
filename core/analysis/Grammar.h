#pragma once

#include <QtGlobal>

namespace whosaid::analysis {

enum class Gender : quint8 { Unknown, Male, Female, Neuter };
enum class GrammaticalNumber : quint8 { Unknown, Singular, Plural };

struct PronounInfo
{
    Gender gender = Gender::Unknown;
    GrammaticalNumber number = GrammaticalNumber::Unknown;
    bool firstPerson = false;
    bool secondPerson = false;
    bool subject = true; // "he" can speak; "him"/"his" cannot
};

} // namespace whosaid::analysis
