#pragma once

#include "Grammar.h"

#include <QtGlobal>

namespace whosaid::analysis {

// What the lexicon says of a word, as bits carried by every token: passes test bits instead
// of looking strings up (string hashing dominated the analysis before).
enum WordClass : quint32 {
    Cue = 1U << 0,
    Determiner = 1U << 1,
    NonName = 1U << 2,
    Pronoun = 1U << 3,
    SubjectPronoun = 1U << 4,
    RoleNoun = 1U << 5,
    SpeechModifier = 1U << 6,
    TitleStart = 1U << 7,
    Preposition = 1U << 8,
    OrganisationWord = 1U << 9,
    Place = 1U << 10,
    Demonym = 1U << 11,
    NameParticle = 1U << 12,
    GivenName = 1U << 13,
    CuePhraseStart = 1U << 14,
    OrganisationPhraseStart = 1U << 15,
    MentionCueStart = 1U << 16,
    Subordinator = 1U << 23,
    PluralRoleNoun = 1U << 24,
    Abbreviation = 1U << 25, // the word before a dot that makes an abbreviation ("mr" of "Mr.")
    MaleGivenName = 1U << 26,
    FemaleGivenName = 1U << 27,
    TranscriptCueStart = 1U << 28, // "full" of "full transcript"
    SourcePhraseStart = 1U << 29,  // "according" of "according to", "laut"
    Subjunctive = 1U << 30,        // a verb whose mood marks reported speech (German "sei")
    TitleArticle = 1U << 31,       // an article opening a titled name ("le" of "le président X")
    // What a pronoun says of its referent, so that no pass needs to look it up again.
    FirstPerson = 1U << 17,
    SecondPerson = 1U << 18,
    PluralPronoun = 1U << 19,
    MalePronoun = 1U << 20,
    FemalePronoun = 1U << 21,
    NeuterPronoun = 1U << 22,
};

// The pronoun information carried by a word's classes.
[[nodiscard]] inline PronounInfo pronounInfo(quint32 classes)
{
    PronounInfo info;
    info.gender = (classes & MalePronoun) != 0 ? Gender::Male
        : (classes & FemalePronoun) != 0       ? Gender::Female
        : (classes & NeuterPronoun) != 0       ? Gender::Neuter
                                               : Gender::Unknown;
    info.number
        = (classes & PluralPronoun) != 0 ? GrammaticalNumber::Plural : GrammaticalNumber::Singular;
    info.firstPerson = (classes & FirstPerson) != 0;
    info.secondPerson = (classes & SecondPerson) != 0;
    info.subject = (classes & SubjectPronoun) != 0;
    return info;
}

} // namespace whosaid::analysis
