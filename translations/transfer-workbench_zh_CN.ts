<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>main</name>
    <message>
        <source>Transfer-learning experiments in a window.</source>
        <translation>在窗口中进行迁移学习实验。</translation>
    </message>
    <message>
        <source>An experiment file to open (default: the built-in one).</source>
        <translation>要打开的实验文件（默认：内置实验）。</translation>
    </message>
</context>
<context>
    <name>twb::ui::CurvesView</name>
    <message>
        <source>Loss</source>
        <translation>损失</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Accuracy</source>
        <translation>准确率</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Drag or scroll to move along the steps; double-click to fit.</source>
        <translation>拖动或滚动以沿步数移动；双击以适应窗口。</translation>
    </message>
</context>
<context>
    <name>twb::ui::ExperimentDocument</name>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>Cannot open the experiment</source>
        <translation>无法打开实验</translation>
    </message>
    <message>
        <source>Open Experiment</source>
        <translation>打开实验</translation>
    </message>
    <message>
        <source>Experiment files (*.json);;All files (*)</source>
        <translation>实验文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Experiment As</source>
        <translation>实验另存为</translation>
    </message>
    <message>
        <source>Cannot save the experiment</source>
        <translation>无法保存实验</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The experiment “%1” has changes that are not saved. Save them?</source>
        <translation>实验“%1”有尚未保存的更改。要保存吗？</translation>
    </message>
</context>
<context>
    <name>twb::ui::ExperimentPanel</name>
    <message>
        <source>%1
%2 classes, %3 training and %4 test images of %5×%6×%7</source>
        <translation>%1
%2 个类别，%3 张训练图像和 %4 张测试图像，尺寸 %5×%6×%7</translation>
    </message>
    <message>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>Source only: train on the source, test on the target</source>
        <translation>仅源域：在源域上训练，在目标域上测试</translation>
    </message>
    <message>
        <source>Target only: train on the target&apos;s labels (upper bound)</source>
        <translation>仅目标域：用目标域的标签训练（上限）</translation>
    </message>
    <message>
        <source>Fine-tune: pretrain on the source, then train on target labels</source>
        <translation>微调：先在源域上预训练，再用目标域标签训练</translation>
    </message>
    <message>
        <source>DANN: domain-adversarial training</source>
        <translation>DANN：域对抗训练</translation>
    </message>
    <message>
        <source>MMD: match feature distributions</source>
        <translation>MMD：匹配特征分布</translation>
    </message>
    <message>
        <source>CORAL: align feature covariances</source>
        <translation>CORAL：对齐特征协方差</translation>
    </message>
    <message>
        <source>Entropy minimisation on the target</source>
        <translation>目标域上的熵最小化</translation>
    </message>
    <message>
        <source>MCD: maximum classifier discrepancy</source>
        <translation>MCD：最大分类器差异</translation>
    </message>
    <message>
        <source>Self-training with pseudo-labels</source>
        <translation>基于伪标签的自训练</translation>
    </message>
    <message>
        <source>Multi-task learning</source>
        <translation>多任务学习</translation>
    </message>
    <message>
        <source>Zero-shot learning from attributes</source>
        <translation>基于属性的零样本学习</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>数据</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Source:</source>
        <translation>源域(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>目标域(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>方法(&amp;M)：</translation>
    </message>
    <message>
        <source>S&amp;teps:</source>
        <translation>步数(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Batch size:</source>
        <translation>批大小(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Learning rate:</source>
        <translation>学习率(&amp;L)：</translation>
    </message>
    <message>
        <source>S&amp;eed:</source>
        <translation>随机种子(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Evaluate every:</source>
        <translation>评估间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>A built-in dataset, folder:PATH (one sub-folder per class) or idx:PATH (MNIST&apos;s IDX files)</source>
        <translation>内置数据集、folder:路径（每个类别一个子文件夹）或 idx:路径（MNIST 的 IDX 文件）</translation>
    </message>
    <message>
        <source>name, folder:PATH or idx:PATH</source>
        <translation>名称、folder:路径 或 idx:路径</translation>
    </message>
    <message>
        <source>A name for this experiment</source>
        <translation>为此实验命名</translation>
    </message>
    <message>
        <source>Training steps (one mini-batch each)</source>
        <translation>训练步数（每步一个小批量）</translation>
    </message>
    <message>
        <source>Images per mini-batch from each domain</source>
        <translation>每个域每个小批量的图像数</translation>
    </message>
    <message>
        <source>Initial learning rate; the arrows halve and double it</source>
        <translation>初始学习率；箭头按钮将其减半或加倍</translation>
    </message>
    <message>
        <source>Fixes the data split, initial weights and batch order</source>
        <translation>固定数据划分、初始权重和批次顺序</translation>
    </message>
    <message>
        <source> steps</source>
        <translation> 步</translation>
    </message>
    <message>
        <source>Evaluate on the test splits every this many steps</source>
        <translation>每隔这么多步在测试集上评估一次</translation>
    </message>
</context>
<context>
    <name>twb::ui::MainWindow</name>
    <message>
        <source>Stopping the run before closing…</source>
        <translation>正在停止运行，随后关闭…</translation>
    </message>
    <message>
        <source>%1[*] — Transfer Workbench</source>
        <translation>%1[*] — 迁移学习工作台</translation>
    </message>
    <message>
        <source>About Transfer Workbench</source>
        <translation>关于迁移学习工作台</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Transfer Workbench %1&lt;/h3&gt;&lt;p&gt;Transfer-learning experiments on small image datasets: train on a source domain, measure on a target domain, and watch the curves while it trains.&lt;/p&gt;&lt;p&gt;Runs are written to&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;Built with Qt %3, QCustomPlot, LibTorch and OpenCV.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;迁移学习工作台 %1&lt;/h3&gt;&lt;p&gt;在小型图像数据集上进行迁移学习实验：在源域上训练，在目标域上评估，并在训练过程中实时观察曲线。&lt;/p&gt;&lt;p&gt;运行结果保存在&lt;br&gt;&lt;tt&gt;%2&lt;/tt&gt;&lt;/p&gt;&lt;p&gt;基于 Qt %3、QCustomPlot、LibTorch 和 OpenCV 构建。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;System Language</source>
        <translation>跟随系统(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>Start from the default experiment</source>
        <translation>从默认实验开始</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>Open an experiment file</source>
        <translation>打开实验文件</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save the experiment</source>
        <translation>保存实验</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>Save the experiment to a new file</source>
        <translation>将实验保存到新文件</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>Stop any run and quit</source>
        <translation>停止正在进行的运行并退出</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Train the experiment on a background thread</source>
        <translation>在后台线程中训练此实验</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>停止(&amp;T)</translation>
    </message>
    <message>
        <source>Stop the run after the current step; it is still evaluated and saved</source>
        <translation>在当前步结束后停止运行；结果仍会被评估并保存</translation>
    </message>
    <message>
        <source>&amp;Reset Layout</source>
        <translation>重置布局(&amp;R)</translation>
    </message>
    <message>
        <source>Put every panel back where it started</source>
        <translation>将所有面板恢复到初始位置</translation>
    </message>
    <message>
        <source>&amp;About Transfer Workbench</source>
        <translation>关于迁移学习工作台(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <source>Run Log</source>
        <translation>运行日志</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>就绪</translation>
    </message>
</context>
<context>
    <name>twb::ui::RecentFiles</name>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>twb::ui::RunController</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>The experiment cannot run</source>
        <translation>实验无法运行</translation>
    </message>
    <message>
        <source>Cannot create the runs folder %1.</source>
        <translation>无法创建运行结果文件夹 %1。</translation>
    </message>
    <message>
        <source>Starting “%1”: %2 on %3 → %4, run directory %5</source>
        <translation>开始“%1”：%2，%3 → %4，运行目录 %5</translation>
    </message>
    <message>
        <source>Training…</source>
        <translation>正在训练…</translation>
    </message>
    <message>
        <source>Stopping at the end of the current step…</source>
        <translation>将在当前步结束后停止…</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <source>Run stopped after %1 steps; target accuracy %2%</source>
        <translation>运行在 %1 步后停止；目标域准确率 %2%</translation>
    </message>
    <message>
        <source>Run finished; target accuracy %1%</source>
        <translation>运行完成；目标域准确率 %1%</translation>
    </message>
    <message>
        <source>The run failed</source>
        <translation>运行失败</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>意外错误</translation>
    </message>
</context>
<context>
    <name>twb::ui::RunLogView</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3 schedule)</source>
        <translation>%1（%2，%3 调度）</translation>
    </message>
    <message>
        <source>%1 images/s</source>
        <translation>%1 张图像/秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>未写入</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped early</source>
        <translation>提前停止</translation>
    </message>
    <message>
        <source>diverged</source>
        <translation>已发散</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>方法：</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>骨干网络：</translation>
    </message>
    <message>
        <source>Source → target:</source>
        <translation>源域 → 目标域：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <source>Batch size:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>随机种子：</translation>
    </message>
    <message>
        <source>Source test accuracy:</source>
        <translation>源域测试准确率：</translation>
    </message>
    <message>
        <source>Target test accuracy:</source>
        <translation>目标域测试准确率：</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>速度：</translation>
    </message>
    <message>
        <source>Training time:</source>
        <translation>训练时间：</translation>
    </message>
    <message>
        <source>Device:</source>
        <translation>设备：</translation>
    </message>
    <message>
        <source>Run directory:</source>
        <translation>运行目录：</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>上次运行</translation>
    </message>
    <message>
        <source>The log of a run appears here once you press Start.</source>
        <translation>按下“开始”后，运行日志将显示在这里。</translation>
    </message>
</context>
<context>
    <name>twb::ui::RunProgress</name>
    <message>
        <source>step %1/%2</source>
        <translation>第 %1/%2 步</translation>
    </message>
    <message>
        <source>Preparing data…</source>
        <translation>正在准备数据…</translation>
    </message>
    <message>
        <source>step %1/%2, ETA %3</source>
        <translation>第 %1/%2 步，剩余 %3</translation>
    </message>
</context>
<context>
    <name>twb::ui::TrainingJob</name>
    <message>
        <source>The run ended with an unknown error.</source>
        <translation>运行因未知错误而结束。</translation>
    </message>
</context>
</TS>
