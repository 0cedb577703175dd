#include "lessons/LessonPanel.h"

#include "lessons/LessonLibrary.h"

#include <QCommandLinkButton>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace twb::ui {
namespace {

QString html(const twb::LessonText& text) {
  return QString::fromStdString(text.in(lessonLanguage()));
}

QString minutesAndSeconds(double seconds) {
  const int s = static_cast<int>(seconds + 0.5);
  return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

LessonPanel::LessonPanel(QWidget* parent) : QWidget(parent) {
  auto* layout = new QVBoxLayout(this);
  auto* top = new QHBoxLayout;
  back_ = new QPushButton(this);
  back_->setObjectName(QStringLiteral("lessonBack"));
  title_ = new QLabel(this);
  title_->setObjectName(QStringLiteral("lessonTitle"));
  title_->setWordWrap(true);
  top->addWidget(back_, 0, Qt::AlignLeft);
  top->addStretch(1);
  handout_ = new QPushButton(this);
  handout_->setObjectName(QStringLiteral("lessonHandout"));
  handout_->setEnabled(false); // until a run has written something to hand out
  top->addWidget(handout_, 0, Qt::AlignRight);
  connect(handout_, &QPushButton::clicked, this, &LessonPanel::handoutRequested);
  layout->addLayout(top);
  layout->addWidget(title_);
  buttonsBox_ = new QWidget(this);
  buttons_ = new QVBoxLayout(buttonsBox_);
  buttons_->setContentsMargins(0, 0, 0, 0);
  layout->addWidget(buttonsBox_);
  browser_ = new QTextBrowser(this);
  browser_->setObjectName(QStringLiteral("lessonText"));
  browser_->setOpenLinks(false);
  // The lecture's formulas: set apart and in a serif face, as on a slide.
  browser_->document()->setDefaultStyleSheet(
      QStringLiteral(".formula { font-family: serif; font-size: large; margin-left: 18px; }"
                     " h3 { margin-top: 10px; } .finding { margin-bottom: 6px; } .dim { color: #666; }"));
  layout->addWidget(browser_, 1);
  connect(back_, &QPushButton::clicked, this, &LessonPanel::backToLessons);
  connect(browser_, &QTextBrowser::anchorClicked, this, [this](const QUrl& url) {
    const QString link = url.toString();
    if (link.startsWith(QLatin1String("show:")))
      emit showRequested(link.mid(5));
    else if (link == QLatin1String("open:full") && hasLesson_)
      emit openExperimentRequested(QString::fromStdString(lesson_.fullRecipe));
  });
  applyFonts();
  retranslateUi();
}

void LessonPanel::setLesson(const twb::Lesson& lesson) {
  lesson_ = lesson;
  hasLesson_ = true;
  numbers_.clear();
  runDirs_.clear();
  written_.clear();
  handout_->setEnabled(false);
  seconds_.assign(lesson_.runs.size(), 0.0);
  active_ = -1;
  rebuildButtons();
  render();
}

QPushButton* LessonPanel::runButton(int index) const {
  return index >= 0 && index < static_cast<int>(runButtons_.size()) ? runButtons_[static_cast<std::size_t>(index)]
                                                                   : nullptr;
}

double LessonPanel::secondsOf(int index) const {
  return index >= 0 && index < static_cast<int>(seconds_.size()) ? seconds_[static_cast<std::size_t>(index)] : 0.0;
}

void LessonPanel::rebuildButtons() {
  for (QPushButton* b : runButtons_)
    delete b;
  runButtons_.clear();
  for (std::size_t i = 0; i < lesson_.runs.size(); ++i) {
    // The label wraps under the button's title: the dock is narrow at 1280x720.
    auto* button = new QCommandLinkButton(buttonsBox_);
    button->setObjectName(QStringLiteral("lessonRun%1").arg(i));
    const int index = static_cast<int>(i);
    connect(button, &QPushButton::clicked, this, [this, index] { emit runRequested(index); });
    buttons_->addWidget(button);
    runButtons_.push_back(button);
  }
  retranslateUi();
}

void LessonPanel::runStarted(int index) {
  active_ = index;
  clock_.start();
  for (QPushButton* b : runButtons_)
    b->setEnabled(false);
  render();
}

void LessonPanel::runWritten(const QString& runDir, int batchIndex) {
  if (active_ < 0)
    return;
  const std::string id = lesson_.runs[static_cast<std::size_t>(active_)].id;
  // The lead's numbers under its id; a baseline's under the id and its method, or under
  // "baseline" when it is the same method (fine-tuning's from-scratch run, multitask's
  // tasks alone: each of those writes only its own task's numbers, so they never clash).
  twb::LessonNumbers own;
  const std::string method = twb::addRunNumbers(own, "", runDir.toStdString());
  if (batchIndex == 0) {
    leadMethod_ = method;
    runDirs_[id] = runDir.toStdString();
  }
  const std::string role = method == leadMethod_ ? std::string("baseline") : method;
  const std::string prefix = batchIndex == 0 ? id + "." : id + "." + role + ".";
  for (const auto& [name, value] : own)
    numbers_[prefix + name] = value;
  written_.push_back(runDir.toStdString());
  handout_->setEnabled(true);
  render();
}

void LessonPanel::runEnded(const twb::LessonNumbers& sweepNumbers) {
  if (active_ < 0)
    return;
  const std::string id = lesson_.runs[static_cast<std::size_t>(active_)].id;
  for (const auto& [name, value] : sweepNumbers)
    numbers_[id + "." + name] = value;
  seconds_[static_cast<std::size_t>(active_)] = clock_.elapsed() / 1000.0;
  numbers_[id + ".wall_seconds"] = seconds_[static_cast<std::size_t>(active_)];
  active_ = -1;
  for (QPushButton* b : runButtons_)
    b->setEnabled(true);
  retranslateUi();
  render();
  browser_->scrollToAnchor(QStringLiteral("after")); // what the run just said, in view
}

QStringList LessonPanel::findings() const {
  QStringList out;
  const std::string language = lessonLanguage();
  for (const twb::LessonFinding& f : lesson_.findings) {
    if (!f.condition.empty()) {
      const auto holds = twb::evaluateLessonExpression(f.condition, numbers_);
      if (!holds || *holds == 0.0)
        continue;
    }
    if (const auto text = twb::fillLessonText(f.text.in(language), numbers_))
      out << QString::fromStdString(*text);
  }
  return out;
}

QString LessonPanel::titleText() const {
  return hasLesson_ ? tr("Lesson %1: %2").arg(lesson_.number).arg(html(lesson_.title)) : QString();
}

QString LessonPanel::handoutHtml() const {
  if (!hasLesson_)
    return {};
  QString h = QStringLiteral("<h2>%1</h2>").arg(tr("The lesson")) + html(lesson_.explanation);
  h += QStringLiteral("<h2>%1</h2>").arg(tr("What just happened"));
  const QStringList said = findings();
  for (const QString& line : said)
    h += QStringLiteral("<p>%1</p>").arg(line);
  if (said.isEmpty())
    h += QStringLiteral("<p>%1</p>").arg(tr("The lesson's runs have not all finished: nothing is said yet."));
  if (!lesson_.question.empty())
    h += QStringLiteral("<h2>%1</h2><p>%2</p>").arg(tr("Question for the class"), html(lesson_.question));
  if (!lesson_.timing.empty())
    h += QStringLiteral("<p><small>%1</small></p>").arg(html(lesson_.timing));
  return h;
}

void LessonPanel::render() {
  if (!hasLesson_) {
    browser_->setHtml(QString());
    return;
  }
  title_->setText(titleText());
  QString h;
  h += QStringLiteral("<p class=\"dim\">%1</p>").arg(tr("About %1 min on two cores").arg(lesson_.minutes));
  h += html(lesson_.explanation);
  if (!lesson_.steps.empty()) {
    h += QStringLiteral("<h3>%1</h3><ol>").arg(tr("What to do"));
    for (const auto& step : lesson_.steps)
      h += QStringLiteral("<li>%1</li>").arg(html(step));
    h += QStringLiteral("</ol>");
  }
  if (!lesson_.watch.empty()) {
    h += QStringLiteral("<h3>%1</h3><ul>").arg(tr("While it runs, look at"));
    for (const auto& w : lesson_.watch)
      h += QStringLiteral("<li><a href=\"show:%1\">%2</a> %3</li>")
               .arg(QString::fromStdString(w.target).toHtmlEscaped(), tr("Show"), html(w.text));
    h += QStringLiteral("</ul>");
  }
  h += QStringLiteral("<a name=\"after\"></a><h3>%1</h3>").arg(tr("What just happened"));
  const QStringList said = findings();
  bool anyRun = false;
  for (double s : seconds_)
    anyRun = anyRun || s > 0;
  if (!said.isEmpty()) {
    for (const QString& line : said)
      h += QStringLiteral("<p class=\"finding\">%1</p>").arg(line);
  } else {
    h += QStringLiteral("<p class=\"dim\">%1</p>")
             .arg(anyRun ? tr("Run the lesson's other experiments too: this part is written from all their numbers.")
                         : tr("Run the lesson's experiments first: this part is written from the numbers they write."));
  }
  if (!lesson_.question.empty())
    h += QStringLiteral("<h3>%1</h3><p>%2</p>").arg(tr("Question for the class"), html(lesson_.question));
  QString small;
  if (!lesson_.timing.empty())
    small += html(lesson_.timing) + QLatin1Char(' ');
  if (!lesson_.fullRecipe.empty())
    small += QStringLiteral("<a href=\"open:full\">%1</a>").arg(tr("Open the full-length recipe"));
  if (!small.isEmpty())
    h += QStringLiteral("<p class=\"dim\"><small>%1</small></p>").arg(small);
  const int scroll = browser_->verticalScrollBar() ? browser_->verticalScrollBar()->value() : 0;
  browser_->setHtml(h);
  if (browser_->verticalScrollBar())
    browser_->verticalScrollBar()->setValue(scroll);
}

void LessonPanel::applyFonts() {
  // From the window's font each time: presenter mode enlarges it, and the title with it.
  QFont big = font();
  big.setPointSizeF(big.pointSizeF() * 1.3);
  big.setBold(true);
  title_->setFont(big);
}

void LessonPanel::changeEvent(QEvent* event) {
  if (event->type() == QEvent::FontChange)
    applyFonts();
  if (event->type() == QEvent::LanguageChange)
    retranslateUi();
  QWidget::changeEvent(event);
}

void LessonPanel::retranslateUi() {
  back_->setText(tr("◀ All lessons"));
  handout_->setText(tr("Handout…"));
  handout_->setToolTip(tr("The lesson, what its runs showed, their curves, results and recipes, as a web page or "
                          "a PDF to hand out"));
  for (std::size_t i = 0; i < runButtons_.size() && i < lesson_.runs.size(); ++i) {
    auto* button = static_cast<QCommandLinkButton*>(runButtons_[i]);
    QString text = lesson_.runs.size() > 1 ? tr("Run %1").arg(i + 1) : tr("Run");
    if (seconds_[i] > 0)
      text += tr(" (took %1)").arg(minutesAndSeconds(seconds_[i]));
    button->setText(text);
    button->setDescription(html(lesson_.runs[i].label));
  }
  render();
}

} // namespace twb::ui
