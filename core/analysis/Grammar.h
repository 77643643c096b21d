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

// How a reporting verb takes what was said (resources/lang/<code>/reporting-frames.txt).
enum ReportingFrame : quint16 {
    ClauseFrame = 1U << 0,         // V [that] S
    ThatFrame = 1U << 1,           // V that S
    ObjectClauseFrame = 1U << 2,   // V NP [that] S
    ObjectThatFrame = 1U << 3,     // V NP that S
    ObjectToFrame = 1U << 4,       // V NP to VP
    ToFrame = 1U << 5,             // V to VP
    QuestionFrame = 1U << 6,       // V wh-S ("asked whether S")
    ObjectQuestionFrame = 1U << 7, // V NP wh-S ("asked him whether S")
    // V ... PARTICLE, S: the finite part of a separable verb reports only where its particle
    // closes the clause before the content ("räumte zwar ein, S", not "gab es keine Verletzten").
    ParticleFrame = 1U << 8,
};

} // namespace whosaid::analysis
