#include "ArticleSession.h"
#include "QuoteFilterModel.h"
#include "QuoteTableModel.h"
#include "SpeakerListModel.h"
#include "SpeakerPalette.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace whosaid::gui;
using namespace Qt::StringLiterals;

class TestQuoteModels final : public QObject
{
    Q_OBJECT

private:
    static QString fixture(const QString &name)
    {
        return QStringLiteral(WHOSAID_TEST_DATA) + u"/gui/"_s + name;
    }
    static int speakerIndex(const ArticleSession &session, const QString &name)
    {
        return int(session.speakerNames().indexOf(name));
    }

private Q_SLOTS:
    void quoteTable()
    {
        ArticleSession session(fixture(u"harbour.txt"_s));
        SpeakerPalette palette;
        QuoteTableModel model(&session, &palette);
        // Attached before the analysis arrives: the reset is checked too.
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        session.start();
        QTRY_VERIFY(session.annotations() != nullptr);
        model.reload();
        const whosaid::analysis::Analysis &a = *session.analysis();
        int topLevel = 0;
        for (const whosaid::analysis::Quote &quote : a.quotes)
            topLevel += quote.depth == 0;
        QVERIFY(topLevel >= 5);
        // Every top-level quote is a row, scare quotes included (the filter hides those).
        QCOMPARE(model.rowCount(), topLevel);
        QCOMPARE(model.columnCount(), int(QuoteTableModel::ColumnCount));
        const QModelIndex first = model.index(0, QuoteTableModel::TextColumn);
        QVERIFY(first.data().toString().startsWith(u"The harbour wall"_s));
        QCOMPARE(model.index(0, QuoteTableModel::SpeakerColumn).data().toString(),
                 u"Dana Whitfield"_s);
        QCOMPARE(model.index(0, QuoteTableModel::KindColumn).data().toString(), u"direct"_s);
        const double confidence = first.data(QuoteTableModel::ConfidenceRole).toDouble();
        QVERIFY(confidence > 0.0 && confidence <= 1.0);
        // Rows are in text order, and each is the set's quote of that index.
        const whosaid::annotation::AnnotationSet &set = *session.annotations();
        for (int row = 1; row < model.rowCount(); ++row) {
            QCOMPARE(model.index(row, 0).data(QuoteTableModel::QuoteRole).toInt(),
                     set.quote(row).id);
            QVERIFY(set.quote(row - 1).range.start < set.quote(row).range.start);
        }
        QCOMPARE(model.index(0, QuoteTableModel::ReviewColumn).data().toString(),
                 u"\u25cb unreviewed"_s);
    }

    void quoteFilter()
    {
        ArticleSession session(fixture(u"harbour.txt"_s));
        SpeakerPalette palette;
        session.start();
        QTRY_VERIFY(session.annotations() != nullptr);
        QuoteTableModel model(&session, &palette);
        QuoteFilterModel filter;
        QAbstractItemModelTester tester(&filter,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(&model);
        const whosaid::annotation::AnnotationSet &set = *session.annotations();
        const auto speech = std::count_if(set.quotes().cbegin(), set.quotes().cend(),
                                          [](const auto &q) { return q.isSpeech(); });
        QCOMPARE(filter.rowCount(), speech);
        QVERIFY(filter.rowCount() < model.rowCount()); // the fixture has a scare quote

        const QString haugen = set.speaker(speakerIndex(session, u"Rolf Haugen"_s)).id;
        const int haugenQuotes = set.quoteCountOf(haugen);
        QVERIFY(haugenQuotes >= 2);
        filter.setSpeakerFilter(haugen);
        QCOMPARE(filter.rowCount(), haugenQuotes);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, 0).data(QuoteTableModel::SpeakerRole).toString(), haugen);

        filter.setSpeakerFilter(std::nullopt);
        filter.setTextFilter(u"FERRY"_s);
        QCOMPARE(filter.rowCount(), 1);
        QVERIFY(filter.index(0, 0).data().toString().contains(u"ferry"_s));
        filter.setTextFilter(u"Haugen"_s); // matches the speaker column too
        QCOMPARE(filter.rowCount(), haugenQuotes);
        filter.setTextFilter(QString());

        filter.sort(QuoteTableModel::ConfidenceColumn, Qt::DescendingOrder);
        for (int row = 1; row < filter.rowCount(); ++row)
            QVERIFY(filter.index(row - 1, 0).data(QuoteTableModel::ConfidenceRole).toDouble()
                    >= filter.index(row, 0).data(QuoteTableModel::ConfidenceRole).toDouble());
    }

    void speakerList()
    {
        ArticleSession session(fixture(u"harbour.txt"_s));
        SpeakerPalette palette;
        SpeakerListModel model(&session, &palette);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        session.start();
        QTRY_VERIFY(session.annotations() != nullptr);
        palette.setSpeakers(session.speakerNames());
        model.reload();
        QCOMPARE(model.rowCount(), session.speakerCount());
        QCOMPARE(model.rowCount(), 2);

        double shares = 0;
        int quotes = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            shares += model.index(row, 0).data(SpeakerListModel::ShareRole).toDouble();
            quotes += model.index(row, SpeakerListModel::QuotesColumn).data().toInt();
            QCOMPARE(model.index(row, 0).data(Qt::DecorationRole).value<QColor>(),
                     palette.strong(row));
        }
        QVERIFY(qAbs(shares - 1.0) < 1e-9);
        // Every quote of the fixture has a speaker, and the counts follow the attributions.
        const whosaid::annotation::AnnotationSet &set = *session.annotations();
        QCOMPARE(quotes,
                 int(std::count_if(set.quotes().cbegin(), set.quotes().cend(),
                                   [](const auto &q) { return q.isSpeech(); })));
        const int whitfield = speakerIndex(session, u"Dana Whitfield"_s);
        const QString whitfieldId = set.speaker(whitfield).id;
        const int whitfieldQuotes = set.quoteCountOf(whitfieldId);
        QVERIFY(whitfieldQuotes >= 3);
        QCOMPARE(model.index(whitfield, SpeakerListModel::QuotesColumn).data().toInt(),
                 whitfieldQuotes);

        // Unticking hides the speaker in the session; ticking shows it again.
        const QModelIndex name = model.index(whitfield, SpeakerListModel::NameColumn);
        QVERIFY(model.flags(name).testFlag(Qt::ItemIsUserCheckable));
        QCOMPARE(name.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QSignalSpy visibility(&session, &ArticleSession::speakerVisibilityChanged);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(name, Qt::Unchecked, Qt::CheckStateRole));
        QCOMPARE(visibility.size(), 1);
        QCOMPARE(changed.size(), 1);
        QVERIFY(!session.isSpeakerVisible(whitfieldId));
        QCOMPARE(name.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
        QVERIFY(model.setData(name, Qt::Checked, Qt::CheckStateRole));
        QVERIFY(session.isSpeakerVisible(whitfieldId));
        QVERIFY(!model.setData(model.index(0, SpeakerListModel::RoleColumn), Qt::Unchecked,
                               Qt::CheckStateRole));
    }

    void failedLoadLeavesModelsEmpty()
    {
        ArticleSession session(fixture(u"no-such-article.txt"_s));
        SpeakerPalette palette;
        QuoteTableModel quotes(&session, &palette);
        SpeakerListModel speakers(&session, &palette);
        QSignalSpy failed(&session, &ArticleSession::failed);
        session.start();
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(session.state(), ArticleSession::State::Failed);
        QVERIFY(!session.error().isEmpty());
        quotes.reload();
        speakers.reload();
        QCOMPARE(quotes.rowCount(), 0);
        QCOMPARE(speakers.rowCount(), 0);
    }
};

QTEST_MAIN(TestQuoteModels)
#include "tst_quotemodels.moc"
