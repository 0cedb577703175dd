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
    <name>twb</name>
    <message>
        <source>a string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a non-negative integer</source>
        <translation>非负整数</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>字符串数组</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>%1: wrong magic number %2 (an IDX %3 file starts with %4: unsigned bytes, %5 dimension)</source>
        <translation>%1：魔数 %2 错误（IDX %3文件应以 %4 开头：无符号字节，%5 维）</translation>
    </message>
    <message>
        <source>%1: wrong magic number %2 (an IDX %3 file starts with %4: unsigned bytes, %5 dimensions)</source>
        <translation>%1：魔数 %2 错误（IDX %3文件应以 %4 开头：无符号字节，%5 维）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1：文件不存在</translation>
    </message>
    <message>
        <source>%1: is a directory, not a file</source>
        <translation>%1：是目录，不是文件</translation>
    </message>
    <message>
        <source>%1: cannot be read</source>
        <translation>%1：无法读取</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>%1: the experiment must be an object, got %2</source>
        <translation>%1：实验必须是一个对象，实际是%2</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; must be an object, got %3</source>
        <translation>%1：“%2”必须是一个对象，实际是%3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; %3</source>
        <translation>%1：“%2”%3</translation>
    </message>
    <message>
        <source>must be %1, got %2</source>
        <translation>必须是%1，实际是%2</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>太大</translation>
    </message>
    <message>
        <source>is out of range</source>
        <translation>超出范围</translation>
    </message>
    <message>
        <source>must be an array of strings, found %1 in it</source>
        <translation>必须是字符串数组，其中有%1</translation>
    </message>
    <message>
        <source>%1: unknown key &apos;%2&apos;</source>
        <translation>%1：未知的键“%2”</translation>
    </message>
    <message>
        <source>%1: not valid JSON (%2)</source>
        <translation>%1：不是有效的 JSON（%2）</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; expected one of: %2</source>
        <translation>是“%1”；应为以下之一：%2</translation>
    </message>
    <message>
        <source>must be at least %1, got %2</source>
        <translation>必须至少为 %1，实际是 %2</translation>
    </message>
    <message>
        <source>must be greater than %1, got %2</source>
        <translation>必须大于 %1，实际是 %2</translation>
    </message>
    <message>
        <source>a comparison needs at least one seed</source>
        <translation>比较至少需要一个种子</translation>
    </message>
    <message>
        <source>--methods: &apos;%1&apos; is not a method of this version; available: %2</source>
        <translation>--methods：“%1”不是此版本的方法；可用：%2</translation>
    </message>
    <message>
        <source>%1: cannot create the plan folder (%2)</source>
        <translation>%1：无法创建计划文件夹（%2）</translation>
    </message>
    <message>
        <source>%1: cannot create the comparison folder (%2)</source>
        <translation>%1：无法创建比较文件夹（%2）</translation>
    </message>
    <message>
        <source>%1: line %2: the header needs a class column and at least one attribute</source>
        <translation>%1：第 %2 行：表头需要一个类别列和至少一个属性列</translation>
    </message>
    <message>
        <source>%1: line %2 has %3 cells, the header has %4</source>
        <translation>%1：第 %2 行有 %3 个单元格，表头有 %4 个</translation>
    </message>
    <message>
        <source>%1: line %2 has no class name</source>
        <translation>%1：第 %2 行没有类别名</translation>
    </message>
    <message>
        <source>%1: line %2 repeats class &apos;%3&apos;</source>
        <translation>%1：第 %2 行重复了类别“%3”</translation>
    </message>
    <message>
        <source>%1: line %2: &apos;%3&apos; for attribute &apos;%4&apos; is not a number</source>
        <translation>%1：第 %2 行：属性“%4”的值“%3”不是数字</translation>
    </message>
    <message>
        <source>%1: the attribute table has no classes</source>
        <translation>%1：属性表中没有类别</translation>
    </message>
    <message>
        <source>%1 names class %2, but &apos;%3&apos; has %4 classes (0 to %5)</source>
        <translation>%1 指定了类别 %2，但“%3”只有 %4 个类别（0 到 %5）</translation>
    </message>
    <message>
        <source>dataset &apos;%1&apos; needs OpenCV, and this build of Transfer Workbench has none (TWB_WITH_OPENCV=OFF)</source>
        <translation>数据集“%1”需要 OpenCV，而此版本的 Transfer Workbench 未包含 OpenCV（TWB_WITH_OPENCV=OFF）</translation>
    </message>
    <message>
        <source>idx: needs a path, e.g. %1 or %2</source>
        <translation>idx: 需要指定路径，例如 %1 或 %2</translation>
    </message>
    <message>
        <source>folder: needs a path, e.g. %1 (one sub-folder per class)</source>
        <translation>folder: 需要指定路径，例如 %1（每个类别一个子文件夹）</translation>
    </message>
    <message>
        <source>%1 (resizing)</source>
        <translation>%1（调整尺寸）</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; expected a built-in (%2), folder:PATH or idx:PATH</source>
        <translation>是“%1”；应为内置数据集（%2）、folder:PATH 或 idx:PATH</translation>
    </message>
    <message>
        <source>%1: writing a sample grid needs OpenCV, and this build has none (TWB_WITH_OPENCV=OFF)</source>
        <translation>%1：写出样本网格图需要 OpenCV，而此版本未包含 OpenCV（TWB_WITH_OPENCV=OFF）</translation>
    </message>
    <message>
        <source>digits: %1 not found; it comes with Debian&apos;s opencv-doc package (apt-get install opencv-doc)</source>
        <translation>digits：找不到 %1；它随 Debian 的 opencv-doc 软件包提供（apt-get install opencv-doc）</translation>
    </message>
    <message>
        <source>digits: %1 cannot be decoded as an image</source>
        <translation>digits：无法将 %1 解码为图像</translation>
    </message>
    <message>
        <source>digits: %1 is %2x%3, expected OpenCV&apos;s 2000x1000 digit sheet</source>
        <translation>digits：%1 的尺寸为 %2x%3，应为 OpenCV 的 2000x1000 数字图集</translation>
    </message>
    <message>
        <source>digits-m: photo %1 not found; it comes with Debian&apos;s opencv-doc package</source>
        <translation>digits-m：找不到照片 %1；它随 Debian 的 opencv-doc 软件包提供</translation>
    </message>
    <message>
        <source>digits-m: photo %1 cannot be decoded</source>
        <translation>digits-m：无法解码照片 %1</translation>
    </message>
    <message>
        <source>fashion: %1 not found; it comes with Debian&apos;s dataset-fashion-mnist package (apt-get install dataset-fashion-mnist)</source>
        <translation>fashion：找不到 %1；它随 Debian 的 dataset-fashion-mnist 软件包提供（apt-get install dataset-fashion-mnist）</translation>
    </message>
    <message>
        <source>%1: no class sub-folders in %2 (expected one sub-folder per class, the ImageFolder layout)</source>
        <translation>%1：%2 中没有类别子文件夹（应为每个类别一个子文件夹，即 ImageFolder 布局）</translation>
    </message>
    <message>
        <source>%1: class &apos;%2&apos; (%3) has no files</source>
        <translation>%1：类别“%2”（%3）中没有文件</translation>
    </message>
    <message>
        <source>%1: no such folder</source>
        <translation>%1：文件夹不存在</translation>
    </message>
    <message>
        <source>%1: cannot be opened</source>
        <translation>%1：无法打开</translation>
    </message>
    <message>
        <source>%1: corrupted compressed data</source>
        <translation>%1：压缩数据已损坏</translation>
    </message>
    <message>
        <source>%1: is a folder, expected an IDX file</source>
        <translation>%1：是文件夹，应为 IDX 文件</translation>
    </message>
    <message>
        <source>%1: truncated: the header announces %2 (%3 bytes) but the file holds %4</source>
        <translation>%1：文件被截断：文件头声明了 %2（%3 字节），但文件只有 %4 字节</translation>
    </message>
    <message>
        <source>%1: holds more bytes than its header announces (%2)</source>
        <translation>%1：文件的字节数多于文件头声明的（%2）</translation>
    </message>
    <message>
        <source>%1: too short to be an IDX file</source>
        <translation>%1：文件太短，不是 IDX 文件</translation>
    </message>
    <message>
        <source>%1: truncated header</source>
        <translation>%1：文件头被截断</translation>
    </message>
    <message>
        <source>images</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>%1: holds no images</source>
        <translation>%1：不含任何图像</translation>
    </message>
    <message>
        <source>%1: absurd header (%2 images of %3x%4); the file is corrupted</source>
        <translation>%1：文件头数值不合理（%2 张 %3x%4 的图像）；文件已损坏</translation>
    </message>
    <message>
        <source>%1 images of %2x%3</source>
        <translation>%1 张 %2x%3 的图像</translation>
    </message>
    <message>
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>%1: absurd label count %2; the file is corrupted</source>
        <translation>%1：标签数 %2 不合理；文件已损坏</translation>
    </message>
    <message>
        <source>%1 labels</source>
        <translation>%1 个标签</translation>
    </message>
    <message>
        <source>%1 holds %2 images but %3 holds %4 labels</source>
        <translation>%1 有 %2 张图像，但 %3 有 %4 个标签</translation>
    </message>
    <message>
        <source>%1: no train-images-idx3-ubyte[.gz] in this folder</source>
        <translation>%1：此文件夹中没有 train-images-idx3-ubyte[.gz]</translation>
    </message>
    <message>
        <source>%1: its images are %2x%3, the training images %4x%5</source>
        <translation>%1：其图像为 %2x%3，而训练图像为 %4x%5</translation>
    </message>
    <message>
        <source>%1: expected an IDX images file named *-images-idx3-ubyte[.gz] (its labels beside it as *-labels-idx1-ubyte[.gz])</source>
        <translation>%1：应为名为 *-images-idx3-ubyte[.gz] 的 IDX 图像文件（标签文件在同一目录下，名为 *-labels-idx1-ubyte[.gz]）</translation>
    </message>
    <message>
        <source>cannot encode the sample grid for %1</source>
        <translation>无法为 %1 编码样本网格图</translation>
    </message>
    <message>
        <source>shapes: class &apos;%1&apos; sets two of the same attribute group</source>
        <translation>shapes：类别“%1”在同一属性组中设置了两个属性</translation>
    </message>
    <message>
        <source>shapes: class &apos;%1&apos; sets none of %2, ...</source>
        <translation>shapes：类别“%1”未设置 %2 等属性中的任何一个</translation>
    </message>
    <message>
        <source>%1: not a run directory (no such folder)</source>
        <translation>%1：不是运行目录（文件夹不存在）</translation>
    </message>
    <message>
        <source>%1: not a trained run directory (model.pt is missing)</source>
        <translation>%1：不是训练过的运行目录（缺少 model.pt）</translation>
    </message>
    <message>
        <source>%1: not a run directory (experiment.json is missing)</source>
        <translation>%1：不是运行目录（缺少 experiment.json）</translation>
    </message>
    <message>
        <source>all %1 %2 (%3)</source>
        <translation>全部 %1 张%2（%3）</translation>
    </message>
    <message>
        <source>%1 of %2 %3 (%4)</source>
        <translation>%2 张中的 %1 张%3（%4）</translation>
    </message>
    <message>
        <source>%1 images and %2 class embeddings</source>
        <translation>%1 图像和 %2 个类别嵌入</translation>
    </message>
    <message>
        <source>%1 and %2 %3 images</source>
        <translation>%1 和 %2 的 %3 图像</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源域</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标域</translation>
    </message>
    <message>
        <source>split &apos;%1&apos; is not &apos;test&apos; or &apos;train&apos;</source>
        <translation>划分“%1”不是“test”或“train”</translation>
    </message>
    <message>
        <source>%1: the %2 network has no layer &apos;%3&apos; (its layers: %4)</source>
        <translation>%1：%2 网络没有层“%3”（它的层：%4）</translation>
    </message>
    <message>
        <source>%1: the model has %2 classes but its target &apos;%3&apos; has %4</source>
        <translation>%1：模型有 %2 个类别，但其目标域“%3”有 %4 个</translation>
    </message>
    <message>
        <source>%1: the model has %2 classes but its source &apos;%3&apos; has %4</source>
        <translation>%1：模型有 %2 个类别，但其源域“%3”有 %4 个</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; images are not %3x%3 like the model&apos;s</source>
        <translation>%1：“%2”的图像不是与模型一致的 %3x%3</translation>
    </message>
    <message>
        <source>%1: fewer than two %2 images to embed</source>
        <translation>%1：可嵌入的 %2 图像少于两张</translation>
    </message>
    <message>
        <source>cannot encode a PNG of %1x%2 from %3 bytes</source>
        <translation>无法用 %3 字节编码 %1x%2 的 PNG 图像</translation>
    </message>
    <message>
        <source>cannot compress a PNG image</source>
        <translation>无法压缩 PNG 图像</translation>
    </message>
    <message>
        <source>%1: already exists and is not an empty directory; choose another --out (nothing was overwritten)</source>
        <translation>%1：已存在且不是空目录；请另选一个 --out（未覆盖任何内容）</translation>
    </message>
    <message>
        <source>%1 points make a sprite of %2 pixels a side, more than the projector&apos;s %3; embed fewer points</source>
        <translation>%1 个点组成的精灵图边长为 %2 像素，超过了 Projector 的上限 %3；请减少嵌入的点数</translation>
    </message>
    <message>
        <source>%1: cannot create a temporary directory beside it (%2)</source>
        <translation>%1：无法在其旁边创建临时目录（%2）</translation>
    </message>
    <message>
        <source>%1: cannot move the finished files into place (%2)</source>
        <translation>%1：无法将完成的文件移动到位（%2）</translation>
    </message>
    <message>
        <source>must be a list of class indices, e.g. [0, 1, 2, 3, 4]</source>
        <translation>必须是类别索引的列表，例如 [0, 1, 2, 3, 4]</translation>
    </message>
    <message>
        <source>must hold non-negative integer class indices, got %1</source>
        <translation>必须是非负整数的类别索引，实际是 %1</translation>
    </message>
    <message>
        <source>names class %1 twice</source>
        <translation>两次列出类别 %1</translation>
    </message>
    <message>
        <source>must be 0 (from the data), 1 or 3, got %1</source>
        <translation>必须是 0（由数据决定）、1 或 3，实际是 %1</translation>
    </message>
    <message>
        <source>must be &quot;all&quot; or a list of layer names</source>
        <translation>必须是 &quot;all&quot; 或层名列表</translation>
    </message>
    <message>
        <source>must be an object mapping layer names to numbers</source>
        <translation>必须是把层名映射到数字的对象</translation>
    </message>
    <message>
        <source>must be a non-negative number</source>
        <translation>必须是非负数</translation>
    </message>
    <message>
        <source>must be at most %1, got %2</source>
        <translation>不能大于 %1，实际是 %2</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, which this version cannot run yet; available: %2</source>
        <translation>是“%1”，此版本尚不能运行；可用：%2</translation>
    </message>
    <message>
        <source>must be in [0, 1)</source>
        <translation>必须在 [0, 1) 之内</translation>
    </message>
    <message>
        <source>%1: expected KEY=VALUE, e.g. training.steps=500</source>
        <translation>%1：应为 KEY=VALUE，例如 training.steps=500</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, %2 %3</source>
        <translation>%1，%2 %3</translation>
    </message>
    <message>
        <source>the %1 method adds no layer &apos;%2&apos; to the embedding view</source>
        <translation>%1 方法没有为嵌入视图添加层“%2”</translation>
    </message>
    <message>
        <source>the %1 method has no setting &apos;%2&apos;</source>
        <translation>%1 方法没有设置“%2”</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; and target &apos;%2&apos; share no class names, so the target cannot be evaluated on the source&apos;s classes</source>
        <translation>源域“%1”和目标域“%2”没有相同的类别名，因此无法用源域的类别评估目标域</translation>
    </message>
    <message>
        <source>Classes matched by name: %1 in common</source>
        <translation>按名称匹配类别：共有 %1 个</translation>
    </message>
    <message>
        <source>%1; target-only classes left out: %2</source>
        <translation>%1；仅目标域有的类别被略去：%2</translation>
    </message>
    <message>
        <source>%1; source-only classes (never in the target): %2</source>
        <translation>%1；仅源域有的类别（目标域中没有）：%2</translation>
    </message>
    <message>
        <source>source &apos;%1&apos; and target &apos;%2&apos; have different image sizes</source>
        <translation>源域“%1”和目标域“%2”的图像尺寸不同</translation>
    </message>
    <message>
        <source>dataset &apos;%1&apos; has non-square images, which the backbones cannot take</source>
        <translation>数据集“%1”的图像不是正方形，骨干网络无法处理</translation>
    </message>
    <message>
        <source>Loading %1 and %2 ...</source>
        <translation>正在加载 %1 和 %2……</translation>
    </message>
    <message>
        <source>Loading %1 ...</source>
        <translation>正在加载 %1……</translation>
    </message>
    <message>
        <source>model.input_channels is %1, but the images have %2 channels</source>
        <translation>model.input_channels 为 %1，但图像有 %2 个通道</translation>
    </message>
    <message>
        <source>%1 labelled images</source>
        <translation>%1 张带标签图像</translation>
    </message>
    <message>
        <source>%1 and %2 unlabelled target images</source>
        <translation>%1 和 %2 张无标签目标图像</translation>
    </message>
    <message>
        <source>source test accuracy</source>
        <translation>源域测试准确率</translation>
    </message>
    <message>
        <source>target test accuracy</source>
        <translation>目标域测试准确率</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>method &apos;%1&apos; is not available in this version; available: %2</source>
        <translation>此版本没有方法“%1”；可用：%2</translation>
    </message>
    <message>
        <source>DANN: domain-adversarial training</source>
        <translation>DANN：域对抗训练</translation>
    </message>
    <message>
        <source>Adversary</source>
        <translation>对抗方式</translation>
    </message>
    <message>
        <source>How the features play against the domain classifier</source>
        <translation>特征如何与域分类器对抗</translation>
    </message>
    <message>
        <source>The gradient reversal layer of the DANN paper, whose push fades once the domain classifier is confident</source>
        <translation>DANN 论文的梯度反转层：一旦域分类器有把握，它的推动就会减弱</translation>
    </message>
    <message>
        <source>The features learn to make the domain classifier say 50 % for every image (Tzeng et al. 2015), a push that is strongest when the classifier is confident</source>
        <translation>特征学习让域分类器对每张图像都给出 50 %（Tzeng 等，2015），分类器越有把握，这种推动越强</translation>
    </message>
    <message>
        <source>Domain head layers</source>
        <translation>域分类头层数</translation>
    </message>
    <message>
        <source>Hidden layers of the domain classifier before its one output; the DANN paper&apos;s MNIST recipe has one, 0 makes it linear</source>
        <translation>域分类器在其唯一输出之前的隐藏层数；DANN 论文的 MNIST 配方用一层，0 表示线性分类器</translation>
    </message>
    <message>
        <source>Domain head width</source>
        <translation>域分类头宽度</translation>
    </message>
    <message>
        <source>Units in each hidden layer of the domain classifier (the paper: 100)</source>
        <translation>域分类器每个隐藏层的单元数（论文：100）</translation>
    </message>
    <message>
        <source>label loss</source>
        <translation>标签损失</translation>
    </message>
    <message>
        <source>domain loss</source>
        <translation>域损失</translation>
    </message>
    <message>
        <source>total loss</source>
        <translation>总损失</translation>
    </message>
    <message>
        <source>confusion loss</source>
        <translation>混淆损失</translation>
    </message>
    <message>
        <source>source training accuracy</source>
        <translation>源域训练准确率</translation>
    </message>
    <message>
        <source>domain accuracy (training batches)</source>
        <translation>域准确率（训练批次）</translation>
    </message>
    <message>
        <source>domain accuracy (test splits)</source>
        <translation>域准确率（测试集）</translation>
    </message>
    <message>
        <source>lambda</source>
        <translation>λ</translation>
    </message>
    <message>
        <source>domain classifier</source>
        <translation>域分类器</translation>
    </message>
    <message>
        <source>Nothing to copy (model.transfer is empty): the target model trains from scratch</source>
        <translation>没有可复制的层（model.transfer 为空）：目标模型从头训练</translation>
    </message>
    <message>
        <source>Copied %1 layer(s) from the source model</source>
        <translation>从源模型复制了 %1 层</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>%1; source test accuracy %2</source>
        <translation>%1；源域测试准确率 %2</translation>
    </message>
    <message>
        <source>Input channels adapted (source → target): %1; a grey image gets the source model&apos;s response</source>
        <translation>已调整输入通道（源 → 目标）：%1；灰度图像得到与源模型相同的响应</translation>
    </message>
    <message>
        <source>Fine-tune: pretrain on the source, then train on target labels</source>
        <translation>微调：先在源域上预训练，再用目标域标签训练</translation>
    </message>
    <message>
        <source>Pretraining steps</source>
        <translation>预训练步数</translation>
    </message>
    <message>
        <source>Steps of plain training on the source before its layers are copied (when model.init_from names no source model)</source>
        <translation>复制各层之前在源域上普通训练的步数（当 model.init_from 未指定源模型时）</translation>
    </message>
    <message>
        <source>target training accuracy</source>
        <translation>目标域训练准确率</translation>
    </message>
    <message>
        <source>%1 (from scratch)</source>
        <translation>%1（从零训练）</translation>
    </message>
    <message>
        <source>%1: cannot create the sweep folder (%2)</source>
        <translation>%1：无法创建扫描文件夹（%2）</translation>
    </message>
    <message>
        <source>model.%1 names layer &apos;%2&apos;, which the %3 backbone does not have (layers: %4)</source>
        <translation>model.%1 指定了层“%2”，但 %3 骨干网络没有这一层（层：%4）</translation>
    </message>
    <message>
        <source>model.init_from: %1 holds no model.pt</source>
        <translation>model.init_from：%1 中没有 model.pt</translation>
    </message>
    <message>
        <source>model.init_from: %1 holds a %2 model, but this experiment&apos;s backbone is %3</source>
        <translation>model.init_from：%1 中是 %2 模型，但本实验的骨干网络是 %3</translation>
    </message>
    <message>
        <source>Loading the tasks&apos; datasets ...</source>
        <translation>正在加载各任务的数据集……</translation>
    </message>
    <message>
        <source>%1 tasks</source>
        <translation>%1 个任务</translation>
    </message>
    <message>
        <source>%1 loss</source>
        <translation>%1 损失</translation>
    </message>
    <message>
        <source>%1 test accuracy</source>
        <translation>%1 测试准确率</translation>
    </message>
    <message>
        <source>%1 loss weight</source>
        <translation>%1 损失权重</translation>
    </message>
    <message>
        <source>Multitask: one shared trunk, a head per task</source>
        <translation>多任务：一个共享主干，每个任务一个输出头</translation>
    </message>
    <message>
        <source>%1: %2 alone</source>
        <translation>%1：仅 %2</translation>
    </message>
    <message>
        <source>%1 weights</source>
        <translation>%1 权重</translation>
    </message>
    <message>
        <source>task &apos;%1&apos;: dataset &apos;%2&apos; has an empty training or test split</source>
        <translation>任务“%1”：数据集“%2”的训练集或测试集为空</translation>
    </message>
    <message>
        <source>dataset &apos;%1&apos; has non-square images, which the backbone cannot take</source>
        <translation>数据集“%1”的图像不是正方形，骨干网络无法处理</translation>
    </message>
    <message>
        <source>datasets &apos;%1&apos; and &apos;%2&apos; have different image sizes, so their tasks cannot share one trunk</source>
        <translation>数据集“%1”和“%2”的图像尺寸不同，它们的任务不能共享一个主干</translation>
    </message>
    <message>
        <source>Task %1: %2 of %3 (%4), %5 labelled training images, weight %6, batch group %7</source>
        <translation>任务 %1：%3 的 %2（%4），%5 张带标签训练图像，权重 %6，批次组 %7</translation>
    </message>
    <message>
        <source>digits: digit class + parity + greater than 4 (one batch, three labels)</source>
        <translation>digits：数字类别 + 奇偶 + 是否大于 4（一个批次，三个标签）</translation>
    </message>
    <message>
        <source>fashion: item class + coarse group (tops, bottoms, footwear, bags)</source>
        <translation>fashion：服饰类别 + 粗分组（上装、下装、鞋、包）</translation>
    </message>
    <message>
        <source>digits + fashion: two datasets share the trunk (one batch per task)</source>
        <translation>digits + fashion：两个数据集共享主干（每个任务一个批次）</translation>
    </message>
    <message>
        <source>custom: the tasks listed in tasks.list</source>
        <translation>custom：tasks.list 中列出的任务</translation>
    </message>
    <message>
        <source>tasks.only is &apos;%1&apos;, which is not a task of this experiment (tasks: %2)</source>
        <translation>tasks.only 是“%1”，不是本实验的任务（任务：%2）</translation>
    </message>
    <message>
        <source>task &apos;%1&apos;: label &apos;%2&apos; does not apply to dataset &apos;%3&apos;: %4</source>
        <translation>任务“%1”：标签“%2”不适用于数据集“%3”：%4</translation>
    </message>
    <message>
        <source>it needs classes named 0 to 9</source>
        <translation>它需要名为 0 到 9 的类别</translation>
    </message>
    <message>
        <source>class &apos;%1&apos; is not one of Fashion-MNIST&apos;s ten</source>
        <translation>类别“%1”不是 Fashion-MNIST 的十个类别之一</translation>
    </message>
    <message>
        <source>unknown label</source>
        <translation>未知标签</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; a task name is lower-case letters, digits and &apos;_&apos;</source>
        <translation>是“%1”；任务名只能由小写字母、数字和“_”组成</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, which an existing metric already uses</source>
        <translation>是“%1”，已有指标使用了这个名字</translation>
    </message>
    <message>
        <source>must be an array of task objects</source>
        <translation>必须是任务对象的数组</translation>
    </message>
    <message>
        <source>names task &apos;%1&apos; twice</source>
        <translation>两次列出任务“%1”</translation>
    </message>
    <message>
        <source>must list at least one task when tasks.family is &apos;custom&apos;</source>
        <translation>tasks.family 为“custom”时必须至少列出一个任务</translation>
    </message>
    <message>
        <source>is only read when tasks.family is &apos;custom&apos; (the family &apos;%1&apos; brings its own tasks)</source>
        <translation>只在 tasks.family 为“custom”时读取（“%1”任务族自带任务）</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, which is not a task of this experiment (tasks: %2)</source>
        <translation>是“%1”，不是本实验的任务（任务：%2）</translation>
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
        <source>Zero-shot: unseen classes %1; described by %2</source>
        <translation>零样本：未见类别 %1；描述来自 %2</translation>
    </message>
    <message>
        <source>Zero-shot learning from attributes</source>
        <translation>基于属性的零样本学习</translation>
    </message>
    <message>
        <source>seen-class training accuracy</source>
        <translation>可见类训练准确率</translation>
    </message>
    <message>
        <source>unseen-class accuracy (zero-shot)</source>
        <translation>未见类准确率（零样本）</translation>
    </message>
    <message>
        <source>seen-class accuracy (all classes candidates)</source>
        <translation>可见类准确率（所有类别为候选）</translation>
    </message>
    <message>
        <source>unseen-class accuracy (all classes candidates)</source>
        <translation>未见类准确率（所有类别为候选）</translation>
    </message>
    <message>
        <source>harmonic mean of seen and unseen</source>
        <translation>可见类与未见类的调和平均</translation>
    </message>
    <message>
        <source>%1 loss, margin %2</source>
        <translation>%1 损失，间隔 %2</translation>
    </message>
    <message>
        <source>unseen classes</source>
        <translation>未见类</translation>
    </message>
    <message>
        <source>names class &apos;%1&apos; twice</source>
        <translation>两次列出类别“%1”</translation>
    </message>
    <message>
        <source>must be between 1 and 4096</source>
        <translation>必须在 1 到 4096 之间</translation>
    </message>
    <message>
        <source>unknown layer &apos;%1&apos;; this network has: %2</source>
        <translation>未知的层“%1”；此网络包含：%2</translation>
    </message>
    <message>
        <source>backbone %1 needs images of at least 16x16, got %2</source>
        <translation>骨干网络 %1 需要至少 16x16 的图像，实际为 %2</translation>
    </message>
    <message>
        <source>%1: not a Transfer Workbench model.pt</source>
        <translation>%1：不是 Transfer Workbench 的 model.pt</translation>
    </message>
    <message>
        <source>%1: cannot be read as a model checkpoint</source>
        <translation>%1：无法作为模型检查点读取</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>无法写入 %1</translation>
    </message>
    <message>
        <source>%1: the %2 network has no layer &apos;%3&apos;</source>
        <translation>%1：%2 网络中没有层“%3”</translation>
    </message>
    <message>
        <source>training.device is &apos;cuda&apos;, but this LibTorch build sees no CUDA device; use &apos;auto&apos; or &apos;cpu&apos;</source>
        <translation>training.device 为 &apos;cuda&apos;，但此 LibTorch 版本检测不到 CUDA 设备；请使用 &apos;auto&apos; 或 &apos;cpu&apos;</translation>
    </message>
    <message>
        <source>%1 names layer &apos;%2&apos;, which the backbone does not have (layers: %3)</source>
        <translation>%1 指定了层“%2”，但骨干网络中没有该层（现有层：%3）</translation>
    </message>
    <message>
        <source>model.freeze freezes every layer; nothing is left to train</source>
        <translation>model.freeze 冻结了所有层；没有可训练的层了</translation>
    </message>
    <message>
        <source>backbone resnet needs images of at least 8x8, got %1</source>
        <translation>骨干网络 resnet 需要至少 8x8 的图像，实际为 %1</translation>
    </message>
    <message>
        <source>model.transfer names layer &apos;%1&apos;, which the backbone does not have</source>
        <translation>model.transfer 指定了层“%1”，但骨干网络没有这一层</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos; of the source model does not match the target model&apos;s</source>
        <translation>源模型的层“%1”与目标模型的不匹配</translation>
    </message>
    <message>
        <source>layer &apos;%1&apos; cannot be copied: the source model&apos;s %2 has another shape (a head for another number of classes is never copied)</source>
        <translation>层“%1”无法复制：源模型的 %2 形状不同（用于另一类别数的输出头从不复制）</translation>
    </message>
    <message>
        <source>%1 holds a run of another recipe; choose another --out</source>
        <translation>%1 中是另一配方的运行；请选择另一个 --out</translation>
    </message>
    <message>
        <source>%1 holds files a run did not write (%2); choose another --out</source>
        <translation>%1 中有不是运行写入的文件（%2）；请选择另一个 --out</translation>
    </message>
    <message>
        <source>cannot clear the unfinished run %1: %2</source>
        <translation>无法清除未完成的运行 %1：%2</translation>
    </message>
    <message>
        <source>Warning: after %1 steps the source test accuracy is still at chance (best %2, chance %3): the label predictor never started learning. In DANN the reversed gradient can arrive before it does; a slower lambda ramp (smaller gamma) or a smaller lambda max gives it time.</source>
        <translation>警告：%1 步后源测试准确率仍处于随机水平（最佳 %2，随机 %3）：标签预测器一直没有开始学习。在 DANN 中，反转的梯度可能先于它到来；更慢的 λ 上升（更小的 gamma）或更小的 λ 最大值能给它时间。</translation>
    </message>
    <message>
        <source>Warning: the features collapsed at step %1: source test accuracy fell from %2 to %3 (chance %4). A domain accuracy near 0.5 now means nothing is left to classify, not aligned domains; a lower lambda max or learning rate keeps the feature extractor alive.</source>
        <translation>警告：特征在第 %1 步坍缩：源测试准确率从 %2 降到 %3（随机 %4）。此时接近 0.5 的域准确率意味着已没有可分类的信息，而不是域已对齐；更小的 λ 最大值或学习率能让特征提取器保持有效。</translation>
    </message>
    <message>
        <source>%1: a %2 run has no single label predictor to evaluate</source>
        <translation>%1：%2 运行没有可评估的单一标签预测器</translation>
    </message>
    <message>
        <source>%1: the model has %2 classes but its dataset &apos;%3&apos; has %4</source>
        <translation>%1：模型有 %2 个类别，但其数据集“%3”有 %4 个</translation>
    </message>
    <message>
        <source>%1: its images are %2x%3, the model reads %4x%4</source>
        <translation>%1：其图像为 %2x%3，模型读取 %4x%4</translation>
    </message>
    <message>
        <source>%1 shares no class name with the run&apos;s classes (%2)</source>
        <translation>%1 与该运行的类别（%2）没有相同的类别名</translation>
    </message>
    <message>
        <source>%1: empty metrics file</source>
        <translation>%1：指标文件为空</translation>
    </message>
    <message>
        <source>%1: header must begin with step,epoch,wall_seconds</source>
        <translation>%1：表头必须以 step,epoch,wall_seconds 开头</translation>
    </message>
    <message>
        <source>%1: line %2 holds a value that is not a number</source>
        <translation>%1：第 %2 行有一个值不是数字</translation>
    </message>
    <message>
        <source>%1: not a complete run directory (%2 is missing)</source>
        <translation>%1：不是完整的运行目录（缺少 %2）</translation>
    </message>
    <message>
        <source>%1: already holds a run; choose another --out (nothing was overwritten)</source>
        <translation>%1：其中已有一次运行；请另选一个 --out（未覆盖任何内容）</translation>
    </message>
    <message>
        <source>%1: exists and is not a directory</source>
        <translation>%1：已存在且不是目录</translation>
    </message>
    <message>
        <source>%1: cannot create the run directory (%2)</source>
        <translation>%1：无法创建运行目录（%2）</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Stopped while loading the data; nothing was written</source>
        <translation>加载数据时已停止；未写入任何内容</translation>
    </message>
    <message>
        <source>the training split of &apos;%1&apos; is empty</source>
        <translation>“%1”的训练集为空</translation>
    </message>
    <message>
        <source>Training %1 (%2, %3) on %4 for %5 steps</source>
        <translation>训练 %1（%2，%3）：%4，共 %5 步</translation>
    </message>
    <message>
        <source>training diverged at step %1 (the loss is %2); try a smaller training.lr</source>
        <translation>训练在第 %1 步发散（损失为 %2）；请尝试更小的 training.lr</translation>
    </message>
    <message>
        <source>%1; the last good checkpoint is in %2</source>
        <translation>%1；最后一个正常的检查点在 %2</translation>
    </message>
    <message>
        <source>source test accuracy %1</source>
        <translation>源域测试准确率 %1</translation>
    </message>
    <message>
        <source>no source model</source>
        <translation>没有源模型</translation>
    </message>
    <message>
        <source>Finished (%1) after %2 steps: %3, target test accuracy %4</source>
        <translation>结束（%1），共 %2 步：%3，目标域测试准确率 %4</translation>
    </message>
    <message>
        <source>Proxy A-distance of the features %1 (a linear probe tells source from target test images apart %2 of the time; 0 = indistinguishable, 2 = fully separable)</source>
        <translation>特征的代理 A 距离 %1（线性探针区分源域与目标域测试图像的正确率为 %2；0 = 无法区分，2 = 完全可分）</translation>
    </message>
    <message>
        <source>trustworthiness: data and layout sizes do not match</source>
        <translation>trustworthiness：数据与布局的大小不一致</translation>
    </message>
    <message>
        <source>trustworthiness: k must be below n / 2</source>
        <translation>trustworthiness：k 必须小于 n / 2</translation>
    </message>
    <message>
        <source>t-SNE needs at least one vector, got none</source>
        <translation>t-SNE 至少需要一个向量，但一个也没有</translation>
    </message>
    <message>
        <source>t-SNE needs vectors of at least one value</source>
        <translation>t-SNE 需要至少含一个值的向量</translation>
    </message>
    <message>
        <source>t-SNE was given %1 values for %2 vectors of %3</source>
        <translation>t-SNE 收到 %1 个值，与 %2 个 %3 维向量不符</translation>
    </message>
    <message>
        <source>vector %1 has a value that is not a finite number</source>
        <translation>向量 %1 中有一个值不是有限数</translation>
    </message>
    <message>
        <source>perplexity must be positive, got %1</source>
        <translation>困惑度必须为正数，实际为 %1</translation>
    </message>
    <message>
        <source>perplexity %1 is too large for %2 vectors: t-SNE needs more than 3 * perplexity (%3)</source>
        <translation>困惑度 %1 对 %2 个向量来说太大：t-SNE 需要的向量数多于 3 * 困惑度（%3）</translation>
    </message>
    <message>
        <source>iterations must be at least 1, got %1</source>
        <translation>迭代次数必须至少为 1，实际为 %1</translation>
    </message>
    <message>
        <source>theta must be between 0 and 1, got %1</source>
        <translation>theta 必须在 0 到 1 之间，实际为 %1</translation>
    </message>
    <message>
        <source>learning rate must be 0 (automatic) or positive, got %1</source>
        <translation>学习率必须为 0（自动）或正数，实际为 %1</translation>
    </message>
    <message>
        <source>early exaggeration must be positive, got %1</source>
        <translation>早期夸大系数必须为正数，实际为 %1</translation>
    </message>
    <message>
        <source>exaggeration iterations must not be negative, got %1</source>
        <translation>夸大阶段的迭代次数不能为负数，实际为 %1</translation>
    </message>
    <message>
        <source>initialisation must be &apos;pca&apos; or &apos;random&apos;, got &apos;%1&apos;</source>
        <translation>初始化方式必须为 &apos;pca&apos; 或 &apos;random&apos;，实际为“%1”</translation>
    </message>
    <message>
        <source>threads must be 0 (all cores) or more, got %1</source>
        <translation>线程数必须为 0（使用所有核心）或更多，实际为 %1</translation>
    </message>
    <message>
        <source>report interval must be at least 1, got %1</source>
        <translation>报告间隔必须至少为 1，实际为 %1</translation>
    </message>
    <message>
        <source>%1: line %2, column %3: &apos;%4&apos; is not a finite number</source>
        <translation>%1：第 %2 行第 %3 列：“%4”不是有限数</translation>
    </message>
    <message>
        <source>%1: line %2 has %3 values where the first line has %4</source>
        <translation>%1：第 %2 行有 %3 个值，而第一行有 %4 个</translation>
    </message>
    <message>
        <source>%1: no vectors (the file is empty)</source>
        <translation>%1：没有向量（文件为空）</translation>
    </message>
    <message>
        <source>the built-in attribute table of &apos;%1&apos;</source>
        <translation>“%1”的内置属性表</translation>
    </message>
    <message>
        <source>%1: no row for class &apos;%2&apos; (the table describes: %3)</source>
        <translation>%1：没有类别“%2”的行（表中描述的类别：%3）</translation>
    </message>
    <message>
        <source>%1: every class has the same description, so none can be told apart</source>
        <translation>%1：所有类别的描述都相同，无法区分</translation>
    </message>
    <message>
        <source>zeroshot.unseen: dataset &apos;%1&apos; has no default split; name the classes training must not see</source>
        <translation>zeroshot.unseen：数据集“%1”没有默认划分；请列出训练时不可见的类别</translation>
    </message>
    <message>
        <source>zeroshot.unseen: &apos;%1&apos; is not a class of &apos;%2&apos; (%3)</source>
        <translation>zeroshot.unseen：“%1”不是“%2”的类别（%3）</translation>
    </message>
    <message>
        <source>zeroshot.unseen: at least two classes must stay seen for training</source>
        <translation>zeroshot.unseen：至少要保留两个可见类别用于训练</translation>
    </message>
    <message>
        <source>a description as numbers needs one per attribute, %1 (%2); got %3</source>
        <translation>以数字形式给出的描述需要每个属性一个数，共 %1 个（%2）；实际为 %3 个</translation>
    </message>
    <message>
        <source>the value of attribute &apos;%1&apos; is not a number: &apos;%2&apos;</source>
        <translation>属性“%1”的值不是数字：“%2”</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an attribute of this run; its attributes: %2</source>
        <translation>“%1”不是此次运行的属性；其属性有：%2</translation>
    </message>
    <message>
        <source>only a zero-shot run&apos;s joint space can place a new class description</source>
        <translation>只有零样本运行的联合空间才能放置新的类别描述</translation>
    </message>
    <message>
        <source>type a word (or several) to describe the new class</source>
        <translation>请输入一个（或几个）词来描述新类别</translation>
    </message>
    <message>
        <source>type the new class&apos;s attributes, e.g. %1 %2=0.5</source>
        <translation>请输入新类别的属性，例如 %1 %2=0.5</translation>
    </message>
    <message>
        <source>a description of %1 values does not fit this run&apos;s %2</source>
        <translation>含 %1 个值的描述与此次运行的 %2 个维度不符</translation>
    </message>
    <message>
        <source>%1: cannot open the word-vector file</source>
        <translation>%1：无法打开词向量文件</translation>
    </message>
    <message>
        <source>%1: line %2: &apos;%3&apos; is not a number</source>
        <translation>%1：第 %2 行：“%3”不是数字</translation>
    </message>
    <message>
        <source>%1: line %2 has a word but no numbers</source>
        <translation>%1：第 %2 行只有词，没有数字</translation>
    </message>
    <message>
        <source>%1: line %2 has %3 numbers, earlier lines have %4</source>
        <translation>%1：第 %2 行有 %3 个数字，而前面的行有 %4 个</translation>
    </message>
    <message>
        <source>%1: the word-vector file has no vectors</source>
        <translation>%1：词向量文件中没有向量</translation>
    </message>
    <message>
        <source>%1: no vector for class &apos;%2&apos; (the word &apos;%3&apos; is not in the file)</source>
        <translation>%1：类别“%2”没有向量（文件中没有词“%3”）</translation>
    </message>
    <message>
        <source>%1: no vector for class &apos;%2&apos; (its name has no words)</source>
        <translation>%1：类别“%2”没有向量（其名称中没有词）</translation>
    </message>
    <message>
        <source>%1: the layer &apos;%2&apos; is the joint space of a zero-shot run, and this run&apos;s method is &apos;%3&apos;</source>
        <translation>%1：层“%2”是零样本运行的联合空间，而该运行的方法是“%3”</translation>
    </message>
    <message>
        <source>%1: not a zero-shot results file (%2)</source>
        <translation>%1：不是零样本结果文件（%2）</translation>
    </message>
    <message>
        <source>%1: no such example</source>
        <translation>%1：没有这个示例</translation>
    </message>
    <message>
        <source>handwritten digits, OpenCV&apos;s sample sheet, centred in 28x28 like MNIST</source>
        <translation>手写数字，取自 OpenCV 的示例图，像 MNIST 一样居中放在 28x28 中</translation>
    </message>
    <message>
        <source>the same digits blended on natural-photo patches (the MNIST-M recipe)</source>
        <translation>同样的数字，叠加在自然照片的图块上（MNIST-M 的做法）</translation>
    </message>
    <message>
        <source>digits rendered from Hershey fonts: random font, size, rotation, colours, blur, noise</source>
        <translation>用 Hershey 字体渲染的数字：随机的字体、大小、旋转、颜色、模糊和噪声</translation>
    </message>
    <message>
        <source>Fashion-MNIST: Zalando&apos;s article images, 10 classes</source>
        <translation>Fashion-MNIST：Zalando 的商品图像，10 个类别</translation>
    </message>
    <message>
        <source>shapes whose class is colour x shape x fill, with attribute vectors (zero-shot)</source>
        <translation>形状图像，类别由颜色 × 形状 × 填充组合而成，附带属性向量（用于零样本）</translation>
    </message>
    <message>
        <source>How wrong the label predictor is on the labelled training batch (cross-entropy); it falls as the classes are learned.</source>
        <translation>标签预测器在带标签训练批次上的错误程度（交叉熵）；随着类别被学会而下降。</translation>
    </message>
    <message>
        <source>What the optimiser minimises: the label loss plus the method&apos;s weighted extra terms.</source>
        <translation>优化器最小化的量：标签损失加上该方法加权后的额外项。</translation>
    </message>
    <message>
        <source>Share of the source training batch classified correctly (the images training learns from).</source>
        <translation>源域训练批次中被正确分类的比例（训练所学习的图像）。</translation>
    </message>
    <message>
        <source>Share of the target training batch classified correctly; this method trains on those labels.</source>
        <translation>目标域训练批次中被正确分类的比例；该方法使用这些标签训练。</translation>
    </message>
    <message>
        <source>Share of the source&apos;s test images classified correctly, at each evaluation.</source>
        <translation>每次评估时，源域测试图像中被正确分类的比例。</translation>
    </message>
    <message>
        <source>Share of the target&apos;s test images classified correctly: the number transfer is judged by.</source>
        <translation>目标域测试图像中被正确分类的比例：衡量迁移效果的数字。</translation>
    </message>
    <message>
        <source>The optimiser&apos;s step size at this step, as its schedule sets it.</source>
        <translation>优化器在这一步的步长，由其调度设定。</translation>
    </message>
    <message>
        <source>How well the domain classifier tells source from target (cross-entropy); ln 2 ≈ 0.69 means it cannot tell them apart.</source>
        <translation>域分类器区分源域与目标域的能力（交叉熵）；ln 2 ≈ 0.69 表示它无法区分二者。</translation>
    </message>
    <message>
        <source>How far the domain classifier&apos;s output is from 50/50, which the features are trained to reach (the confusion variant, Tzeng et al. 2015).</source>
        <translation>域分类器的输出离 50/50 有多远；特征被训练得让它达到 50/50（混淆变体，Tzeng 等 2015）。</translation>
    </message>
    <message>
        <source>Share of training images the domain classifier puts in the right domain; 50 % means it cannot tell source from target.</source>
        <translation>域分类器把训练图像归入正确域的比例；50 % 表示它无法区分源域和目标域。</translation>
    </message>
    <message>
        <source>The domain classifier&apos;s accuracy on the test images of both domains, at each evaluation; 50 % is chance.</source>
        <translation>每次评估时域分类器在两个域测试图像上的准确率；50 % 为随机水平。</translation>
    </message>
    <message>
        <source>How wrong task %1&apos;s head is on its training batch (cross-entropy).</source>
        <translation>任务 %1 的输出头在其训练批次上的错误程度（交叉熵）。</translation>
    </message>
    <message>
        <source>Share of task %1&apos;s test images its head classifies correctly.</source>
        <translation>任务 %1 的测试图像中被其输出头正确分类的比例。</translation>
    </message>
    <message>
        <source>How much task %1&apos;s loss counts in the total at this step.</source>
        <translation>这一步任务 %1 的损失在总损失中所占的权重。</translation>
    </message>
    <message>
        <source>Share of the training batch (seen classes only) whose nearest description is its own class&apos;s.</source>
        <translation>训练批次（仅已见类别）中最近的类别描述正是自身类别的比例。</translation>
    </message>
    <message>
        <source>Test images of classes never trained on, matched among the unseen classes&apos; descriptions only: the zero-shot number.</source>
        <translation>从未训练过的类别的测试图像，只在未见类别的描述中匹配：这就是零样本准确率。</translation>
    </message>
    <message>
        <source>Test images of trained classes, with every class (seen and unseen) a candidate: generalised zero-shot.</source>
        <translation>已训练类别的测试图像，所有类别（已见和未见）都是候选：广义零样本。</translation>
    </message>
    <message>
        <source>Test images of unseen classes, with every class a candidate; usually far below the zero-shot number, since seen classes pull them.</source>
        <translation>未见类别的测试图像，所有类别都是候选；通常远低于零样本准确率，因为已见类别会把它们拉过去。</translation>
    </message>
    <message>
        <source>2·seen·unseen / (seen + unseen) with all classes candidates: high only when both are.</source>
        <translation>所有类别都作候选时的 2·已见·未见 / (已见 + 未见)：只有两者都高时才高。</translation>
    </message>
    <message>
        <source>%1 is damaged: it is not a run log this version can read</source>
        <translation>%1 已损坏：不是此版本能读取的运行日志</translation>
    </message>
    <message>
        <source>%1, line %2, column %3: the file stops being valid JSON here. Look for a missing comma, quote or bracket just before this point (the reader says: %4).</source>
        <translation>%1，第 %2 行第 %3 列：文件从这里起不再是有效的 JSON。请检查这个位置之前是否缺少逗号、引号或括号（解析器提示：%4）。</translation>
    </message>
    <message>
        <source>%1 ran %2 steps, under a quarter of the %3 its recipe trains for: its numbers show where training started, not what the method does.</source>
        <translation>%1 只训练了 %2 步，不到其配方所需 %3 步的四分之一：这些数字只反映训练刚开始的状态，而不是该方法的效果。</translation>
    </message>
    <message>
        <source>%1&apos;s target accuracy %2 is at chance (%3 for %4 classes): the model has learned nothing that shows on the target yet.</source>
        <translation>%1 的目标域准确率 %2 处于随机水平（%4 个类别时为 %3）：模型还没有学到能在目标域上体现的东西。</translation>
    </message>
    <message>
        <source>On %1 the upper bound %2 (%3) is no better than the lower bound %4 (%5): the gap is noise, so no method can be said to close it. Train longer or on more target labels.</source>
        <translation>在 %1 上，上界 %2（%3）并不比下界 %4（%5）好：差距只是噪声，因此谈不上哪个方法缩小了它。请训练更久，或使用更多目标域标签。</translation>
    </message>
    <message>
        <source>Zero-shot learning recognises classes from their descriptions, and &apos;%1&apos; comes without any. Pick the &apos;shapes&apos; or &apos;fashion&apos; dataset (both come with descriptions), or give a table of class attributes of your own: Load Table… in the Zero-shot panel, or zeroshot.attributes in the experiment file.</source>
        <translation>零样本学习依靠类别描述来识别类别，而“%1”没有任何描述。请选择“shapes”或“fashion”数据集（二者都自带描述），或者提供你自己的类别属性表：在零样本面板中点“加载表格…”，或在实验文件中设置 zeroshot.attributes。</translation>
    </message>
    <message>
        <source>BLAS: %1 (%2); %3 threads on %4 cores</source>
        <translation>BLAS：%1（%2）；%4 个核心上 %3 个线程</translation>
    </message>
    <message>
        <source>only the reference BLAS is installed, which makes training about half as fast; install an optimised one: sudo apt-get install libopenblas0-openmp</source>
        <translation>只安装了参考 BLAS，训练速度约慢一半；请安装优化版本：sudo apt-get install libopenblas0-openmp</translation>
    </message>
    <message>
        <source>Trade-off</source>
        <translation>权衡系数</translation>
    </message>
    <message>
        <source>Deep CORAL: align the feature covariances</source>
        <translation>Deep CORAL：对齐特征协方差</translation>
    </message>
    <message>
        <source>Weight of the CORAL term against the label loss (TLlib: 1)</source>
        <translation>CORAL 项相对标签损失的权重（TLlib：1）</translation>
    </message>
    <message>
        <source>CORAL distance</source>
        <translation>CORAL 距离</translation>
    </message>
    <message>
        <source>Entropy minimisation: confident predictions on the target</source>
        <translation>熵最小化：让目标域上的预测更自信</translation>
    </message>
    <message>
        <source>Weight of the entropy term against the label loss (0.1 here: a strong entropy term locks a weak start into wrong classes)</source>
        <translation>熵项相对标签损失的权重（此处为 0.1：过强的熵项会把较弱的起点锁定在错误类别上）</translation>
    </message>
    <message>
        <source>target entropy</source>
        <translation>目标域熵</translation>
    </message>
    <message>
        <source>How unsure the label predictor is on the target batch (mean entropy of its predictions, in nats): ln 10 ≈ 2.3 for ten classes guessed evenly, 0 when confident.</source>
        <translation>标签预测器在目标域批次上有多不确定（预测的平均熵，单位奈特）：十个类别平均猜测时为 ln 10 ≈ 2.3，完全自信时为 0。</translation>
    </message>
    <message>
        <source>MMD: align the feature distributions (DAN, multi-kernel MMD)</source>
        <translation>MMD：对齐特征分布（DAN，多核 MMD）</translation>
    </message>
    <message>
        <source>Kernels</source>
        <translation>核数</translation>
    </message>
    <message>
        <source>Gaussian kernels mixed in the MMD, their bandwidths powers of 2 around the batch&apos;s mean distance (TLlib&apos;s DAN: 5)</source>
        <translation>MMD 中混合的高斯核个数，带宽为批内平均距离乘以 2 的幂（TLlib 的 DAN：5）</translation>
    </message>
    <message>
        <source>Weight of the MMD term against the label loss (TLlib&apos;s DAN: 1)</source>
        <translation>MMD 项相对标签损失的权重（TLlib 的 DAN：1）</translation>
    </message>
    <message>
        <source>MMD</source>
        <translation>MMD</translation>
    </message>
    <message>
        <source>The multi-kernel maximum mean discrepancy between the source and target batches&apos; features: 0 when their distributions agree.</source>
        <translation>源域与目标域批次特征之间的多核最大均值差异：两者分布一致时为 0。</translation>
    </message>
    <message>
        <source>Student and teacher start from %1</source>
        <translation>学生和教师模型都从 %1 开始</translation>
    </message>
    <message>
        <source>Self-training: learn from a mean teacher&apos;s soft labels on the target</source>
        <translation>自训练：从均值教师在目标域上的软标签中学习</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>The teacher&apos;s logits are divided by it before the softmax: above 1 softer targets, below 1 sharper, 1 its plain probabilities</source>
        <translation>教师的 logits 在 softmax 之前除以此值：大于 1 目标更软，小于 1 更尖锐，等于 1 即原始概率</translation>
    </message>
    <message>
        <source>Confidence threshold</source>
        <translation>置信度阈值</translation>
    </message>
    <message>
        <source>Only target images the teacher gives at least this probability teach the student (French et al. 2018: 0.968)</source>
        <translation>只有教师给出至少此概率的目标域图像才用来教学生（French 等 2018：0.968）</translation>
    </message>
    <message>
        <source>Teacher EMA decay</source>
        <translation>教师 EMA 衰减</translation>
    </message>
    <message>
        <source>How slowly the teacher follows the student: each step it keeps this share of its weights (the mean teacher: 0.99 to 0.999)</source>
        <translation>教师跟随学生的快慢：每一步保留自身权重的这一比例（均值教师：0.99 到 0.999）</translation>
    </message>
    <message>
        <source>Weight of the soft-label term against the source&apos;s label loss (French et al. 2018: 1)</source>
        <translation>软标签项相对源域标签损失的权重（French 等 2018：1）</translation>
    </message>
    <message>
        <source>soft-label loss</source>
        <translation>软标签损失</translation>
    </message>
    <message>
        <source>Cross-entropy between the student&apos;s predictions and the teacher&apos;s soft labels on the confident target images of the batch.</source>
        <translation>在批次中教师有把握的目标域图像上，学生预测与教师软标签之间的交叉熵。</translation>
    </message>
    <message>
        <source>confident share (training batches)</source>
        <translation>有把握的比例（训练批次）</translation>
    </message>
    <message>
        <source>Share of each target batch the teacher is confident about (above the threshold): those teach the student. Needs no labels.</source>
        <translation>每个目标域批次中教师有把握（超过阈值）的比例：这些图像用来教学生。不需要标签。</translation>
    </message>
    <message>
        <source>pseudo-label accuracy (test split)</source>
        <translation>伪标签准确率（测试集）</translation>
    </message>
    <message>
        <source>How many of the teacher&apos;s confident labels on the target&apos;s test images are right. Uses target labels for monitoring only.</source>
        <translation>教师在目标域测试图像上给出的有把握的标签中有多少是对的。目标域标签仅用于监控。</translation>
    </message>
    <message>
        <source>confident share (test split)</source>
        <translation>有把握的比例（测试集）</translation>
    </message>
    <message>
        <source>Share of the target&apos;s test images the teacher is confident about, at each evaluation.</source>
        <translation>每次评估时，教师有把握的目标域测试图像所占比例。</translation>
    </message>
    <message>
        <source>How far apart the source and target batches&apos; feature means and covariances are (mean squared difference of their entries): 0 when they agree.</source>
        <translation>源域与目标域批次特征的均值和协方差相差多远（各元素差的平方均值）：一致时为 0。</translation>
    </message>
    <message>
        <source>model.init_from: %1 cannot start a run on %2 -&gt; %3: %4</source>
        <translation>model.init_from：%1 无法用于启动 %2 -&gt; %3 的运行：%4</translation>
    </message>
    <message>
        <source>The weight of the method&apos;s adaptation term at this step: it ramps from 0 up to its maximum along the schedule.</source>
        <translation>这一步该方法自适应项的权重：按调度从 0 逐渐升到最大值。</translation>
    </message>
    <message>
        <source>AdaBN: the target&apos;s own batch-norm statistics at test time</source>
        <translation>AdaBN：测试时使用目标域自己的批归一化统计量</translation>
    </message>
    <message>
        <source>How many target training images (no labels) each batch-norm layer&apos;s target mean and variance are estimated from</source>
        <translation>用多少张目标域训练图像（不用标签）估计每个批归一化层在目标域上的均值和方差</translation>
    </message>
    <message>
        <source>target test accuracy, source statistics</source>
        <translation>目标域测试准确率（源域统计量）</translation>
    </message>
    <message>
        <source>The same weights on the target&apos;s test images with the source&apos;s batch-norm statistics, as source_only would test them: the gap to the target test accuracy is what AdaBN&apos;s swap gives.</source>
        <translation>同一组权重在目标域测试图像上、使用源域批归一化统计量时的准确率，即 source_only 的测法：它与目标域测试准确率之差就是 AdaBN 替换统计量带来的收益。</translation>
    </message>
    <message>
        <source>linear head</source>
        <translation>线性分类头</translation>
    </message>
    <message>
        <source>head %1×%2</source>
        <translation>分类头 %1×%2</translation>
    </message>
    <message>
        <source>CDAN: a domain classifier conditioned on the predictions</source>
        <translation>CDAN：以预测为条件的域分类器</translation>
    </message>
    <message>
        <source>Weight of the domain loss against the label loss (TLlib: 1)</source>
        <translation>域损失相对标签损失的权重（TLlib：1）</translation>
    </message>
    <message>
        <source>Entropy weighting (CDAN+E)</source>
        <translation>熵加权（CDAN+E）</translation>
    </message>
    <message>
        <source>Weight each image&apos;s domain loss by 1 + exp(-entropy) of its prediction, so confidently classified images count more (the paper&apos;s CDAN+E)</source>
        <translation>按预测的 1 + exp(-熵) 给每张图像的域损失加权，使分类有把握的图像权重更大（论文中的 CDAN+E）</translation>
    </message>
    <message>
        <source>Randomized map size</source>
        <translation>随机映射维数</translation>
    </message>
    <message>
        <source>Columns of the randomized multilinear map, used when features × classes exceed 4096 (the paper: 1024)</source>
        <translation>随机多线性映射的列数，在特征数 × 类别数超过 4096 时使用（论文：1024）</translation>
    </message>
    <message>
        <source>Hidden layers of the domain classifier before its one output</source>
        <translation>域分类器在单个输出之前的隐藏层数</translation>
    </message>
    <message>
        <source>Units in each hidden layer of the domain classifier (the paper and TLlib: 1024)</source>
        <translation>域分类器每个隐藏层的单元数（论文和 TLlib：1024）</translation>
    </message>
    <message>
        <source>MCD: two classifiers&apos; disagreement on the target</source>
        <translation>MCD：两个分类器在目标域上的分歧</translation>
    </message>
    <message>
        <source>Weight of the discrepancy the classifiers maximise and the features minimise (the paper: 1)</source>
        <translation>分类器最大化、特征最小化的差异项的权重（论文：1）</translation>
    </message>
    <message>
        <source>second classifier&apos;s label loss</source>
        <translation>第二个分类器的标签损失</translation>
    </message>
    <message>
        <source>The second label predictor&apos;s cross-entropy on the source batch: both predictors learn the source.</source>
        <translation>第二个标签预测器在源域批次上的交叉熵：两个预测器都学习源域。</translation>
    </message>
    <message>
        <source>classifier discrepancy</source>
        <translation>分类器差异</translation>
    </message>
    <message>
        <source>How differently the two label predictors classify the target batch (mean absolute difference of their class probabilities): the predictors push it up, the features down.</source>
        <translation>两个标签预测器对目标域批次的分类有多不同（类别概率之差的平均绝对值）：预测器把它推高，特征把它压低。</translation>
    </message>
    <message>
        <source>classifiers&apos; disagreement (target test)</source>
        <translation>分类器分歧（目标域测试集）</translation>
    </message>
    <message>
        <source>Share of the target&apos;s test images the two label predictors put in different classes, at each evaluation.</source>
        <translation>每次评估时，两个标签预测器分到不同类别的目标域测试图像所占比例。</translation>
    </message>
    <message>
        <source>second label predictor</source>
        <translation>第二个标签预测器</translation>
    </message>
    <message>
        <source>VADA: DANN with target entropy and virtual adversarial training</source>
        <translation>VADA：DANN 加目标域熵和虚拟对抗训练</translation>
    </message>
    <message>
        <source>Domain weight</source>
        <translation>域损失权重</translation>
    </message>
    <message>
        <source>Weight of the domain-adversarial loss (the paper&apos;s digits: 0.01)</source>
        <translation>域对抗损失的权重（论文的数字实验：0.01）</translation>
    </message>
    <message>
        <source>Source VAT weight</source>
        <translation>源域 VAT 权重</translation>
    </message>
    <message>
        <source>Weight of virtual adversarial training on the source (the paper: 1)</source>
        <translation>源域上虚拟对抗训练的权重（论文：1）</translation>
    </message>
    <message>
        <source>Target weight</source>
        <translation>目标域权重</translation>
    </message>
    <message>
        <source>Weight of the target&apos;s entropy and virtual adversarial loss (the paper&apos;s digits: 0.01)</source>
        <translation>目标域熵和虚拟对抗损失的权重（论文的数字实验：0.01）</translation>
    </message>
    <message>
        <source>VAT radius</source>
        <translation>VAT 半径</translation>
    </message>
    <message>
        <source>Length (L2, over an image&apos;s pixels in [0, 1]) of the adversarial perturbation the prediction must withstand</source>
        <translation>预测必须经受住的对抗扰动的长度（L2 范数，按取值 [0, 1] 的像素计）</translation>
    </message>
    <message>
        <source>Units in each hidden layer of the domain classifier</source>
        <translation>域分类器每个隐藏层的单元数</translation>
    </message>
    <message>
        <source>VAT loss (source)</source>
        <translation>VAT 损失（源域）</translation>
    </message>
    <message>
        <source>How much a small worst-case change of a source image changes its prediction (KL divergence): low when the decision boundary stays away from the images.</source>
        <translation>源域图像受到最坏情况的微小改动时其预测改变多少（KL 散度）：决策边界远离图像时较低。</translation>
    </message>
    <message>
        <source>VAT loss (target)</source>
        <translation>VAT 损失（目标域）</translation>
    </message>
    <message>
        <source>The same for the target&apos;s images: low when the boundary passes between the target&apos;s clusters, not through them.</source>
        <translation>目标域图像的同一量：决策边界从目标域簇之间穿过、而不是穿过簇时较低。</translation>
    </message>
    <message>
        <source>adabn needs a backbone with batch norm (lenet_bn, lenet_bn_dropout or resnet); model.backbone is %1</source>
        <translation>adabn 需要带批归一化的主干网络（lenet_bn、lenet_bn_dropout 或 resnet）；model.backbone 为 %1</translation>
    </message>
    <message>
        <source>unknown backbone &apos;%1&apos;; available: %2</source>
        <translation>未知的主干网络“%1”；可用：%2</translation>
    </message>
    <message>
        <source>Target images</source>
        <translation>目标域图像</translation>
    </message>
    <message>
        <source>%1 and %2 share no class name: the images are translated, but the classifier&apos;s target accuracy is not measured</source>
        <translation>%1 和 %2 没有相同的类别名：图像会被翻译，但不测量分类器在目标域上的准确率</translation>
    </message>
    <message>
        <source>translate needs square images whose side is a multiple of 4 (two halvings); &apos;%1&apos; has %2x%3</source>
        <translation>translate 需要边长为 4 的倍数的正方形图像（两次减半）；&apos;%1&apos; 是 %2x%3</translation>
    </message>
    <message>
        <source>Translator %1: %2 parameters in its encoders and generators, %3 in its two discriminators</source>
        <translation>翻译器 %1：编码器和生成器共 %2 个参数，两个判别器共 %3 个</translation>
    </message>
    <message>
        <source>cannot create %1: %2</source>
        <translation>无法创建 %1：%2</translation>
    </message>
    <message>
        <source>Image translation (UNIT, MUNIT): redraw the source in the target&apos;s style</source>
        <translation>图像翻译（UNIT、MUNIT）：把源域图像画成目标域的风格</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>How an image is coded between the domains</source>
        <translation>图像在两个域之间如何编码</translation>
    </message>
    <message>
        <source>UNIT (Liu et al. 2017): one latent space both domains share, with a Gaussian prior; one translation per image</source>
        <translation>UNIT（Liu 等，2017）：两个域共享一个带高斯先验的隐空间；每张图像一个翻译</translation>
    </message>
    <message>
        <source>MUNIT (Huang et al. 2018): a shared content code and a style code per domain; many translations per image, one per style</source>
        <translation>MUNIT（Huang 等，2018）：共享的内容编码加每个域各自的风格编码；每张图像多个翻译，每种风格一个</translation>
    </message>
    <message>
        <source>Translator learning rate</source>
        <translation>翻译器学习率</translation>
    </message>
    <message>
        <source>Adam&apos;s step size for the encoders, generators and discriminators (both papers: 0.0001, beta1 0.5); training.lr is the classifier&apos;s</source>
        <translation>编码器、生成器和判别器的 Adam 步长（两篇论文：0.0001，beta1 0.5）；training.lr 是分类器的</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Channels of the first convolution; the code at a quarter of the image&apos;s side has twice as many</source>
        <translation>第一个卷积的通道数；图像边长四分之一处的编码有其两倍</translation>
    </message>
    <message>
        <source>Style dimension</source>
        <translation>风格维数</translation>
    </message>
    <message>
        <source>Length of MUNIT&apos;s style code (the paper: 8); UNIT has none</source>
        <translation>MUNIT 风格编码的长度（论文：8）；UNIT 没有风格编码</translation>
    </message>
    <message>
        <source>GAN weight</source>
        <translation>GAN 权重</translation>
    </message>
    <message>
        <source>Weight of the least-squares GAN terms (both papers: 1)</source>
        <translation>最小二乘 GAN 项的权重（两篇论文：1）</translation>
    </message>
    <message>
        <source>Reconstruction weight</source>
        <translation>重建权重</translation>
    </message>
    <message>
        <source>Weight of each domain&apos;s image reconstruction, L1 (both papers: 10)</source>
        <translation>每个域图像重建（L1）的权重（两篇论文：10）</translation>
    </message>
    <message>
        <source>KL weight</source>
        <translation>KL 权重</translation>
    </message>
    <message>
        <source>UNIT: weight of the latent code&apos;s KL term to its N(0, I) prior (the UNIT release: 0.01)</source>
        <translation>UNIT：隐编码相对 N(0, I) 先验的 KL 项权重（UNIT 发布版：0.01）</translation>
    </message>
    <message>
        <source>Cycle weight</source>
        <translation>循环权重</translation>
    </message>
    <message>
        <source>Weight of the cycle reconstruction: translated there and back, an image must come back (UNIT: 10; MUNIT&apos;s style-augmented cycle)</source>
        <translation>循环重建的权重：翻译过去再翻译回来，图像必须复原（UNIT：10；MUNIT 的风格增强循环）</translation>
    </message>
    <message>
        <source>Cycle KL weight</source>
        <translation>循环 KL 权重</translation>
    </message>
    <message>
        <source>UNIT: weight of the KL term of the translations&apos; codes (0.01)</source>
        <translation>UNIT：翻译结果编码的 KL 项权重（0.01）</translation>
    </message>
    <message>
        <source>Style reconstruction weight</source>
        <translation>风格重建权重</translation>
    </message>
    <message>
        <source>MUNIT: weight of recovering the style a translation was given (the paper: 1)</source>
        <translation>MUNIT：从翻译结果中找回所给风格的权重（论文：1）</translation>
    </message>
    <message>
        <source>Content reconstruction weight</source>
        <translation>内容重建权重</translation>
    </message>
    <message>
        <source>MUNIT: weight of recovering the content code of a translation (the paper: 1)</source>
        <translation>MUNIT：从翻译结果中找回内容编码的权重（论文：1）</translation>
    </message>
    <message>
        <source>Semantic weight</source>
        <translation>语义权重</translation>
    </message>
    <message>
        <source>Weight of keeping the class: the classifier must give a translation its source label (CyCADA&apos;s semantic consistency); 0 leaves it to the cycle</source>
        <translation>保持类别的权重：分类器必须给翻译结果其源标签（CyCADA 的语义一致性）；0 表示只靠循环</translation>
    </message>
    <message>
        <source>Sample images</source>
        <translation>样例图像</translation>
    </message>
    <message>
        <source>Test images of each domain in the sample grid drawn at each evaluation</source>
        <translation>每次评估时绘制的样例网格中每个域的测试图像数</translation>
    </message>
    <message>
        <source>Sample styles</source>
        <translation>样例风格</translation>
    </message>
    <message>
        <source>MUNIT: styles drawn for each sample image in the grid</source>
        <translation>MUNIT：网格中每张样例图像抽取的风格数</translation>
    </message>
    <message>
        <source>GAN loss (generators)</source>
        <translation>GAN 损失（生成器）</translation>
    </message>
    <message>
        <source>How far the discriminators are from taking the translations for real images (least squares, per domain); it stays near 0.5 when the two sides are even.</source>
        <translation>判别器离把翻译结果当作真实图像还有多远（最小二乘，每个域）；双方势均力敌时保持在 0.5 附近。</translation>
    </message>
    <message>
        <source>GAN loss (discriminators)</source>
        <translation>GAN 损失（判别器）</translation>
    </message>
    <message>
        <source>How badly the discriminators tell real images from translations (least squares, per domain); about 0.5 when they cannot tell.</source>
        <translation>判别器区分真实图像与翻译结果的差劲程度（最小二乘，每个域）；无法区分时约为 0.5。</translation>
    </message>
    <message>
        <source>reconstruction loss</source>
        <translation>重建损失</translation>
    </message>
    <message>
        <source>Mean absolute pixel difference between an image and its encoding decoded in its own domain (pixels in [-1, 1]); it falls first.</source>
        <translation>图像与其在本域编码再解码结果之间的平均绝对像素差（像素在 [-1, 1]）；它最先下降。</translation>
    </message>
    <message>
        <source>KL loss</source>
        <translation>KL 损失</translation>
    </message>
    <message>
        <source>UNIT: the mean squared latent code, its divergence from the N(0, I) prior both domains share.</source>
        <translation>UNIT：隐编码的均方值，即它与两个域共享的 N(0, I) 先验的偏离。</translation>
    </message>
    <message>
        <source>cycle loss</source>
        <translation>循环损失</translation>
    </message>
    <message>
        <source>Mean absolute pixel difference between an image and its translation translated back.</source>
        <translation>图像与其翻译后再翻译回来的结果之间的平均绝对像素差。</translation>
    </message>
    <message>
        <source>cycle KL loss</source>
        <translation>循环 KL 损失</translation>
    </message>
    <message>
        <source>UNIT: the KL term of the translations&apos; codes when coded again.</source>
        <translation>UNIT：翻译结果再次编码时其编码的 KL 项。</translation>
    </message>
    <message>
        <source>style reconstruction loss</source>
        <translation>风格重建损失</translation>
    </message>
    <message>
        <source>MUNIT: how far the style read back from a translation is from the style it was given (mean absolute difference).</source>
        <translation>MUNIT：从翻译结果读回的风格与所给风格相差多远（平均绝对差）。</translation>
    </message>
    <message>
        <source>content reconstruction loss</source>
        <translation>内容重建损失</translation>
    </message>
    <message>
        <source>MUNIT: how far the content code read back from a translation is from the original&apos;s.</source>
        <translation>MUNIT：从翻译结果读回的内容编码与原图的内容编码相差多远。</translation>
    </message>
    <message>
        <source>semantic loss</source>
        <translation>语义损失</translation>
    </message>
    <message>
        <source>How wrong the classifier is about the translated source images&apos; labels (cross-entropy), which the generators learn to keep.</source>
        <translation>分类器对翻译后的源图像标签错得有多厉害（交叉熵），生成器学着保持这些标签。</translation>
    </message>
    <message>
        <source>translated source accuracy (training batches)</source>
        <translation>翻译后源图像准确率（训练批次）</translation>
    </message>
    <message>
        <source>Share of the translated source batch the classifier labels correctly; it learns from these translations too (pixel-level adaptation).</source>
        <translation>翻译后的源批次中被分类器正确标注的比例；分类器也从这些翻译中学习（像素级适应）。</translation>
    </message>
    <message>
        <source>translator (encoders and generators)</source>
        <translation>翻译器（编码器和生成器）</translation>
    </message>
    <message>
        <source>%1: a %2 run, not a translation run (method translate)</source>
        <translation>%1：是一个 %2 运行，不是翻译运行（方法 translate）</translation>
    </message>
    <message>
        <source>%1: holds no translator</source>
        <translation>%1：不含翻译器</translation>
    </message>
    <message>
        <source>%1: a UNIT run has no styles to take from an image</source>
        <translation>%1：UNIT 运行没有可从图像中获取的风格</translation>
    </message>
    <message>
        <source>--styles is %1; it must be at least 1</source>
        <translation>--styles 为 %1；至少应为 1</translation>
    </message>
    <message>
        <source>%1: a UNIT run gives one translation per image; --styles needs a MUNIT run</source>
        <translation>%1：UNIT 运行每张图像只给一个翻译；--styles 需要 MUNIT 运行</translation>
    </message>
    <message>
        <source>%1: exists and is not empty; choose another --out (nothing was written)</source>
        <translation>%1：已存在且非空；请换一个 --out（未写入任何内容）</translation>
    </message>
    <message>
        <source>%1 has no images to translate</source>
        <translation>%1 没有可翻译的图像</translation>
    </message>
    <message>
        <source>%1: cannot create a folder beside it</source>
        <translation>%1：无法在其旁边创建文件夹</translation>
    </message>
    <message>
        <source>an image of %1x%2 cannot be translated by a model of %3x%3 images</source>
        <translation>%1x%2 的图像无法由 %3x%3 图像的模型翻译</translation>
    </message>
    <message>
        <source>an image&apos;s %1 bytes are not %2x%2 pixels of 1 or 3 channels</source>
        <translation>图像的 %1 个字节不是 1 或 3 通道的 %2x%2 像素</translation>
    </message>
    <message>
        <source>%1 reconstructed</source>
        <translation>%1 重建</translation>
    </message>
    <message>
        <source>%1 → %2 → %1</source>
        <translation>%1 → %2 → %1</translation>
    </message>
    <message>
        <source>%1 → %2, style %3</source>
        <translation>%1 → %2，风格 %3</translation>
    </message>
    <message>
        <source>translate.model is &apos;%1&apos;; expected unit or munit</source>
        <translation>translate.model 为 &apos;%1&apos;；应为 unit 或 munit</translation>
    </message>
    <message>
        <source>the words zero to nine from 9 synthetic voices (espeak-ng, Flite) as log-mel spectrograms; speakers are domains</source>
        <translation>由 9 个合成语音（espeak-ng、Flite）说出的 zero 到 nine 十个单词，表示为对数梅尔频谱图；说话人即领域</translation>
    </message>
    <message>
        <source>spoken digits, source speakers: three espeak-ng voices (en-us+m3, en+f2, en+m1)</source>
        <translation>语音数字，源说话人：三个 espeak-ng 语音（en-us+m3、en+f2、en+m1）</translation>
    </message>
    <message>
        <source>spoken digits, target speakers: three recorded Flite voices (slt, awb, rms)</source>
        <translation>语音数字，目标说话人：三个录音而成的 Flite 语音（slt、awb、rms）</translation>
    </message>
    <message>
        <source>%1: class &apos;%2&apos; (%3) has no readable images or recordings</source>
        <translation>%1：类别“%2”（%3）中没有可读取的图像或录音</translation>
    </message>
    <message>
        <source>unknown dataset &apos;%1&apos;; expected digits, digits-m, syndigits, fashion, shapes, spoken-digits, folder:PATH or idx:PATH</source>
        <translation>未知数据集“%1”；应为 digits、digits-m、syndigits、fashion、shapes、spoken-digits、folder:PATH 或 idx:PATH</translation>
    </message>
    <message>
        <source>spoken-digits: espeak-ng cannot start; its voices come with Debian&apos;s espeak-ng-data package</source>
        <translation>spoken-digits：espeak-ng 无法启动；其语音由 Debian 的 espeak-ng-data 软件包提供</translation>
    </message>
    <message>
        <source>spoken-digits: cannot start espeak-ng (no pipe: %1)</source>
        <translation>spoken-digits：无法启动 espeak-ng（无法创建管道：%1）</translation>
    </message>
    <message>
        <source>spoken-digits: espeak-ng could not speak &apos;%1&apos; with voice &apos;%2&apos;</source>
        <translation>spoken-digits：espeak-ng 无法用语音“%2”说出“%1”</translation>
    </message>
    <message>
        <source>spoken-digits: no Flite voice &apos;%1&apos;; Flite has %2</source>
        <translation>spoken-digits：没有名为“%1”的 Flite 语音；Flite 提供 %2</translation>
    </message>
    <message>
        <source>spoken-digits: voice &apos;%1&apos; should be espeak:VOICE (e.g. %2) or flite:VOICE (e.g. %3)</source>
        <translation>spoken-digits：语音“%1”应写作 espeak:VOICE（例如 %2）或 flite:VOICE（例如 %3）</translation>
    </message>
    <message>
        <source>spoken-digits: espeak-ng has no voice &apos;%1&apos; (`espeak-ng --voices=en` lists them; variants such as +m3 or +f2 follow the language)</source>
        <translation>spoken-digits：espeak-ng 没有语音“%1”（`espeak-ng --voices=en` 可列出全部语音；+m3、+f2 等变体写在语言之后）</translation>
    </message>
    <message>
        <source>spoken-digits: Flite could not speak &apos;%1&apos; with voice &apos;%2&apos;</source>
        <translation>spoken-digits：Flite 无法用语音“%2”说出“%1”</translation>
    </message>
    <message>
        <source>%1: names no voice</source>
        <translation>%1：没有指定任何语音</translation>
    </message>
    <message>
        <source>%1: voice %2 is named twice</source>
        <translation>%1：语音 %2 被指定了两次</translation>
    </message>
    <message>
        <source>%1: no item %2 in its %3 split, which has %4</source>
        <translation>%1：其 %3 划分中没有第 %2 项（该划分共有 %4 项）</translation>
    </message>
    <message>
        <source>WAV file %1 cannot be used: %2</source>
        <translation>WAV 文件 %1 无法使用：%2</translation>
    </message>
    <message>
        <source>cannot move the files into %1: %2</source>
        <translation>无法将文件移入 %1：%2</translation>
    </message>
    <message>
        <source>%1: does not fit this run (%2)</source>
        <translation>%1：与此运行不匹配（%2）</translation>
    </message>
    <message>
        <source>%1: the run is complete (%2 of %3 steps); nothing to resume</source>
        <translation>%1：该运行已完成（%2/%3 步），无需续训</translation>
    </message>
    <message>
        <source>%1: the run diverged at step %2; resuming would repeat it (train it again with a smaller training.lr)</source>
        <translation>%1：该运行在第 %2 步发散；续训会重蹈覆辙（请用更小的 training.lr 重新训练）</translation>
    </message>
    <message>
        <source>%1: method &apos;%2&apos; keeps state its checkpoint does not hold yet, so it cannot resume; train it again</source>
        <translation>%1：方法“%2”有检查点尚未保存的状态，因此无法续训；请重新训练</translation>
    </message>
    <message>
        <source>%1: no checkpoint yet (the run ended before its first evaluation at step %2); train it again</source>
        <translation>%1：尚无检查点（运行在第 %2 步的首次评估之前就结束了）；请重新训练</translation>
    </message>
    <message>
        <source>%1: experiment.json was edited after the run started (model.pt was trained with another recipe); resume refuses: train the edited experiment as a new run</source>
        <translation>%1：experiment.json 在运行开始后被修改（model.pt 是用另一配方训练的）；拒绝续训：请把修改后的实验作为新运行来训练</translation>
    </message>
    <message>
        <source>%1: written by a version of twb that kept no resume state; train the run again</source>
        <translation>%1：由不保存续训状态的 twb 版本写出；请重新训练该运行</translation>
    </message>
    <message>
        <source>%1: holds fewer rows than the checkpoint of step %2 was written with</source>
        <translation>%1：行数少于第 %2 步检查点写入时的行数</translation>
    </message>
    <message>
        <source>Resumed at step %1 of %2 from %3</source>
        <translation>从 %3 在第 %1/%2 步续训</translation>
    </message>
    <message>
        <source>%1: an unfinished run (no summary.json: still training, or killed); &apos;twb train --resume %1&apos; continues it from its last checkpoint</source>
        <translation>%1：未完成的运行（没有 summary.json：仍在训练，或已被终止）；“twb train --resume %1”可从其最后一个检查点继续</translation>
    </message>
    <message>
        <source>%1: no language &apos;%2&apos;; spoken-digits:lang= takes one of %3 (languages whose espeak-ng voices say the ten digits as number words)</source>
        <translation>%1：没有语言“%2”；spoken-digits:lang= 只接受 %3 之一（其 espeak-ng 语音能把十个数字读成数词的语言）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a spoken-digits spec; expected spoken-digits, spoken-digits-a, spoken-digits-b, spoken-digits:speakers=a|b, spoken-digits:lang=LANG (e.g. %2) or spoken-digits:voices=VOICE,VOICE (e.g. %3)</source>
        <translation>“%1”不是 spoken-digits 的数据集写法；应为 spoken-digits、spoken-digits-a、spoken-digits-b、spoken-digits:speakers=a|b、spoken-digits:lang=LANG（例如 %2）或 spoken-digits:voices=VOICE,VOICE（例如 %3）</translation>
    </message>
    <message>
        <source>spoken languages: the ten digits spoken in Finnish (the main task), English, German, French and Spanish; one dataset and one head per language, one trunk (Huang et al. 2013)</source>
        <translation>多语言口语数字：用芬兰语（主任务）、英语、德语、法语和西班牙语说出的十个数字；每种语言一个数据集、一个输出头，共享一个主干（Huang 等，2013）</translation>
    </message>
    <message>
        <source>%1: model.pt was trained with another experiment than this folder&apos;s experiment.json (a file copied from another run, or edited since)</source>
        <translation>%1：model.pt 的训练实验与此文件夹中的 experiment.json 不同（从另一次运行复制来的文件，或之后被编辑过）</translation>
    </message>
    <message>
        <source>%1: a damaged model.pt (%2)</source>
        <translation>%1：model.pt 已损坏（%2）</translation>
    </message>
    <message>
        <source>%1: cannot be read (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: the experiment &apos;%2&apos; of run &apos;%3&apos; is neither beside the lesson nor a shipped example</source>
        <translation>%1：运行“%3”的实验“%2”既不在课程文件旁边，也不是内置示例</translation>
    </message>
    <message>
        <source>Run &apos;%1&apos; of this lesson first: &apos;%2&apos; starts from its model.</source>
        <translation>请先运行本课程的“%1”：“%2”要从它的模型开始。</translation>
    </message>
    <message>
        <source>must be a text, got %1</source>
        <translation>必须是文本，实际是%1</translation>
    </message>
    <message>
        <source>must be a text or an object of texts by language ({&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;})</source>
        <translation>必须是文本，或按语言给出的文本对象（{&quot;en&quot;: &quot;…&quot;, &quot;zh_CN&quot;: &quot;…&quot;}）</translation>
    </message>
    <message>
        <source>is missing &apos;%1&apos;</source>
        <translation>缺少“%1”</translation>
    </message>
    <message>
        <source>must be an object, got %1</source>
        <translation>必须是对象，实际是%1</translation>
    </message>
    <message>
        <source>is not a lesson key; known here: %1</source>
        <translation>不是课程文件的键；此处可用：%1</translation>
    </message>
    <message>
        <source>must be a list, got %1</source>
        <translation>必须是列表，实际是%1</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;, which the window does not have; use one of: %2, or curve:METRIC</source>
        <translation>是“%1”，窗口中没有这一部分；请使用以下之一：%2，或 curve:指标名</translation>
    </message>
    <message>
        <source>must be a name without spaces, dots or braces</source>
        <translation>必须是不含空格、点或花括号的名称</translation>
    </message>
    <message>
        <source>is &apos;%1&apos;; expected train or sweep</source>
        <translation>是“%1”；应为 train 或 sweep</translation>
    </message>
    <message>
        <source>must be an object of experiment keys and values</source>
        <translation>必须是由实验键和值组成的对象</translation>
    </message>
    <message>
        <source>must be true, false or a list of methods</source>
        <translation>必须是 true、false 或方法列表</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>必须是 true 或 false</translation>
    </message>
    <message>
        <source>must be the lesson&apos;s number, 1 or more</source>
        <translation>必须是课程编号，1 或更大</translation>
    </message>
    <message>
        <source>must be a positive number of minutes</source>
        <translation>必须是正的分钟数</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the id of an earlier run too</source>
        <translation>“%1”也是前面某个运行的 id</translation>
    </message>
    <message>
        <source>%1: the condition &apos;%2&apos; does not read: %3</source>
        <translation>%1：条件“%2”无法解析：%3</translation>
    </message>
    <message>
        <source>%1: a {number} in the text does not read: %2</source>
        <translation>%1：文本中的一个 {数值} 无法解析：%2</translation>
    </message>
    <message>
        <source>zero-shot loss</source>
        <translation>零样本损失</translation>
    </message>
    <message>
        <source>The loss of zeroshot.loss. margin: an image must score its own class&apos;s description higher than every other seen class&apos;s by the margin; devise: the same hinge summed over every other class; l2: only the squared distance to its own class&apos;s description, which falls to 0 when everything collapses to one point.</source>
        <translation>zeroshot.loss 所选的损失。margin：图片对自己类别描述的得分必须比其他每个已见类别高出间隔；devise：同样的铰链损失对其他所有类别求和；l2：只有到自己类别描述的平方距离，当一切坍缩到同一个点时它降为 0。</translation>
    </message>
    <message>
        <source>--out &apos;%1&apos; is a folder, not a file to write the report to</source>
        <translation>--out“%1”是文件夹，不是可写入报告的文件</translation>
    </message>
    <message>
        <source>--out &apos;%1&apos; must end in .html or .pdf (the format of the report)</source>
        <translation>--out“%1”必须以 .html 或 .pdf 结尾（报告的格式）</translation>
    </message>
    <message>
        <source>--out &apos;%1&apos; cannot be written: its folder &apos;%2&apos; does not exist</source>
        <translation>--out“%1”无法写入：其文件夹“%2”不存在</translation>
    </message>
    <message>
        <source>--out &apos;%1&apos; cannot be written: its folder &apos;%2&apos; is not writable</source>
        <translation>--out“%1”无法写入：其文件夹“%2”不可写</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist (a report needs a run directory or a folder of them)</source>
        <translation>“%1”不存在（报告需要一个运行目录或包含运行目录的文件夹）</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file, not a run directory or a folder of them</source>
        <translation>“%1”是文件，不是运行目录或包含运行目录的文件夹</translation>
    </message>
    <message>
        <source>&apos;%1&apos; holds no finished run directory (experiment.json, metrics.csv, summary.json) to report on</source>
        <translation>“%1”中没有可写入报告的已完成运行目录（experiment.json、metrics.csv、summary.json）</translation>
    </message>
    <message>
        <source>spread of the class descriptions</source>
        <translation>类别描述的分散程度</translation>
    </message>
    <message>
        <source>Mean distance between two classes&apos; descriptions g(y) in the joint space, at each evaluation. The naive l2 loss shrinks it towards 0: the collapse, which a map cannot show because t-SNE rescales what it is given.</source>
        <translation>每次评估时，联合空间中两个类别描述 g(y) 之间的平均距离。朴素的 l2 损失会把它缩向 0：这就是坍缩，地图无法显示它，因为 t-SNE 会把输入重新缩放。</translation>
    </message>
    <message>
        <source>%1: cannot be read as a model checkpoint (%2)</source>
        <translation>%1：无法作为模型检查点读取（%2）</translation>
    </message>
</context>
<context>
    <name>twb::ui</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>There is no map to export yet.</source>
        <translation>尚无可导出的嵌入图。</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>Could not encode %1 as PNG.</source>
        <translation>无法将 %1 编码为 PNG。</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 图像</translation>
    </message>
    <message>
        <source>source (%1)</source>
        <translation>源域（%1）</translation>
    </message>
    <message>
        <source>target (%1)</source>
        <translation>目标域（%1）</translation>
    </message>
    <message>
        <source>class embeddings g(y)</source>
        <translation>类别嵌入 g(y)</translation>
    </message>
    <message>
        <source>%1 (unseen)</source>
        <translation>%1（未见类）</translation>
    </message>
    <message>
        <source>class embedding g(y)</source>
        <translation>类别嵌入 g(y)</translation>
    </message>
    <message>
        <source>described, never seen in training</source>
        <translation>仅有描述，训练中从未见过</translation>
    </message>
    <message>
        <source>seen in training</source>
        <translation>训练中见过</translation>
    </message>
    <message>
        <source>predicted %1</source>
        <translation>预测为 %1</translation>
    </message>
    <message>
        <source>label %1</source>
        <translation>标签 %1</translation>
    </message>
    <message>
        <source>%1 image #%2</source>
        <translation>%1 图像 #%2</translation>
    </message>
</context>
<context>
    <name>twb::ui::AttributeTableModel</name>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>将 %2 的 %1 设为 %3</translation>
    </message>
    <message>
        <source>Hold out %1</source>
        <translation>留出 %1</translation>
    </message>
    <message>
        <source>Train on %1</source>
        <translation>将 %1 用于训练</translation>
    </message>
    <message>
        <source>Checked: training never sees this class; it is recognised by its description alone</source>
        <translation>勾选：训练中从不出现此类别；仅凭其描述来识别</translation>
    </message>
    <message>
        <source>Top-1 on this unseen class&apos;s test images, the unseen classes the only candidates</source>
        <translation>此未见类测试图像上的 Top-1 准确率，仅以未见类作为候选</translation>
    </message>
    <message>
        <source>Top-1 on this class&apos;s test images, every class a candidate (generalised)</source>
        <translation>此类别测试图像上的 Top-1 准确率，所有类别均为候选（广义）</translation>
    </message>
    <message>
        <source>ESZSL baseline: top-1 among the unseen classes</source>
        <translation>ESZSL 基线：在未见类中的 Top-1 准确率</translation>
    </message>
    <message>
        <source>ConSE baseline: top-1 among the unseen classes</source>
        <translation>ConSE 基线：在未见类中的 Top-1 准确率</translation>
    </message>
    <message>
        <source>Unseen</source>
        <translation>未见类</translation>
    </message>
    <message>
        <source>Top-1 (ZSL)</source>
        <translation>Top-1（ZSL）</translation>
    </message>
    <message>
        <source>Top-1 (GZSL)</source>
        <translation>Top-1（GZSL）</translation>
    </message>
    <message>
        <source>ESZSL</source>
        <translation>ESZSL</translation>
    </message>
    <message>
        <source>ConSE</source>
        <translation>ConSE</translation>
    </message>
</context>
<context>
    <name>twb::ui::ClassCountsPlot</name>
    <message>
        <source>Class (row in the samples)</source>
        <translation>类别（样本中的行号）</translation>
    </message>
    <message>
        <source>%1: %L2 train, %L3 test</source>
        <translation>%1：训练 %L2，测试 %L3</translation>
    </message>
    <message>
        <source>train</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>test</source>
        <translation>测试</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像数</translation>
    </message>
</context>
<context>
    <name>twb::ui::ConfusionCellImages</name>
    <message>
        <source>Click a cell of a matrix to see its images.</source>
        <translation>点击矩阵中的单元格，查看其中的图像。</translation>
    </message>
    <message>
        <source>true %1, predicted %2 (image %3 of %4)</source>
        <translation>真实 %1，预测 %2（%4 的第 %3 张图像）</translation>
    </message>
    <message>
        <source>%1: true %2 → predicted %3 · %4</source>
        <translation>%1：真实 %2 → 预测 %3 · %4</translation>
    </message>
    <message>
        <source>1 image</source>
        <translation>1 张图像</translation>
    </message>
    <message>
        <source>%1 images</source>
        <translation>%1 张图像</translation>
    </message>
</context>
<context>
    <name>twb::ui::ConfusionJob</name>
    <message>
        <source>the predictions could not be computed for an unknown reason</source>
        <translation>因未知原因，无法计算预测</translation>
    </message>
</context>
<context>
    <name>twb::ui::ConfusionMatrixView</name>
    <message>
        <source>Accuracy %1 · %2 of %3 images</source>
        <translation>准确率 %1 · %3 张图像中 %2 张正确</translation>
    </message>
    <message>
        <source>true %1 → predicted %2: %3 of the %4 images of %1 (%5)</source>
        <translation>真实 %1 → 预测 %2：%1 的 %4 张图像中有 %3 张（%5）</translation>
    </message>
    <message>
        <source>true class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>recall</source>
        <translation>召回率</translation>
    </message>
    <message>
        <source>predicted class</source>
        <translation>预测类别</translation>
    </message>
</context>
<context>
    <name>twb::ui::ConfusionPanel</name>
    <message>
        <source>No finished run yet: train one, or open a run directory with File &gt; Open Run.</source>
        <translation>还没有已完成的运行：请训练一个，或用“文件 &gt; 打开运行”打开一个运行目录。</translation>
    </message>
    <message>
        <source>Computing the predictions of %1…</source>
        <translation>正在计算 %1 的预测…</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>正在计算…</translation>
    </message>
    <message>
        <source>Right against left: %1, %2 · accuracy %3 percentage points</source>
        <translation>右侧相对左侧：%1，%2 · 准确率变化 %3 个百分点</translation>
    </message>
    <message>
        <source>fixed: %1 (+%2 images)</source>
        <translation>改善：%1 类（+%2 张图像）</translation>
    </message>
    <message>
        <source>broke: %1 (−%2 images)</source>
        <translation>变差：%1 类（−%2 张图像）</translation>
    </message>
    <message>
        <source>Left run</source>
        <translation>左侧运行</translation>
    </message>
    <message>
        <source>Right run</source>
        <translation>右侧运行</translation>
    </message>
    <message>
        <source>The run to compare against, by default the lower bound of the selected run&apos;s comparison; its matrix on the target&apos;s test split</source>
        <translation>作为对照的运行，默认是所选运行所在比较的下界；显示它在目标域测试集上的矩阵</translation>
    </message>
    <message>
        <source>The run compared: its diagonal cells are framed green where more images of the class are right than on the left, red where fewer are</source>
        <translation>被比较的运行：对角线单元格中，该类别被正确分类的图像比左侧多时加绿框，比左侧少时加红框</translation>
    </message>
</context>
<context>
    <name>twb::ui::CurvesToolBar</name>
    <message>
        <source>S&amp;moothing</source>
        <translation>平滑(&amp;M)</translation>
    </message>
    <message>
        <source>Exponential moving average of the training curves (debiased, as in TensorBoard); the raw values stay faint behind</source>
        <translation>训练曲线的指数移动平均（已做偏差校正，与 TensorBoard 相同）；原始值以淡色显示在后面</translation>
    </message>
    <message>
        <source>&amp;X axis</source>
        <translation>横轴(&amp;X)</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Epochs</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>跟随最新</translation>
    </message>
    <message>
        <source>Keep the newest points in view as they arrive; zooming or dragging turns it off</source>
        <translation>新数据点到达时始终显示最新部分；缩放或拖动会关闭此功能</translation>
    </message>
    <message>
        <source>Back to latest</source>
        <translation>回到最新</translation>
    </message>
    <message>
        <source>Show the whole run up to the newest point and follow it again</source>
        <translation>显示从开始到最新数据点的整个运行，并重新跟随</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>图像 (PNG)…</translation>
    </message>
    <message>
        <source>Document (PDF)…</source>
        <translation>文档 (PDF)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>数据 (CSV)…</translation>
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
        <source>Step %1</source>
        <translation>第 %1 步</translation>
    </message>
    <message>
        <source>Epoch %1</source>
        <translation>第 %1 轮</translation>
    </message>
    <message>
        <source>%1: %2 (raw %3)</source>
        <translation>%1：%2（原始 %3）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Export Curves as Image</source>
        <translation>将曲线导出为图像</translation>
    </message>
    <message>
        <source>Export Curves as PDF</source>
        <translation>将曲线导出为 PDF</translation>
    </message>
    <message>
        <source>Export Curve Data as CSV</source>
        <translation>将曲线数据导出为 CSV</translation>
    </message>
    <message>
        <source>Epoch</source>
        <translation>轮次</translation>
    </message>
    <message>
        <source>Target test accuracy uses target labels for monitoring only; training never sees them.</source>
        <translation>目标域测试准确率仅将目标标签用于监测；训练从不使用这些标签。</translation>
    </message>
    <message>
        <source>50 %: domains indistinguishable</source>
        <translation>50 %：两个域无法区分</translation>
    </message>
    <message>
        <source>Drag to pan, scroll to zoom the steps (Ctrl+scroll: the values), double-click to show everything; click a legend entry to hide its curve.</source>
        <translation>拖动以平移，滚轮缩放步数（Ctrl+滚轮：缩放数值），双击显示全部；点击图例条目可隐藏对应曲线。</translation>
    </message>
    <message>
        <source>Lambda, loss weight</source>
        <translation>λ，损失权重</translation>
    </message>
    <message>
        <source>ln 2: domain loss at chance</source>
        <translation>ln 2：域损失处于随机水平</translation>
    </message>
    <message>
        <source>This method trains on the target&apos;s training labels; target test accuracy is measured on the target&apos;s test split, which training never sees.</source>
        <translation>该方法使用目标域训练集的标签进行训练；目标测试准确率在目标域的测试集上测量，训练从不接触该测试集。</translation>
    </message>
    <message>
        <source>First the source model: plain training on the source&apos;s labels. The fine-tuning on the target starts when it ends, with curves of its own.</source>
        <translation>先训练源模型：在源域标签上的普通训练。结束后开始在目标上微调，并有它自己的曲线。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 (raw)</source>
        <translation>%1（原始）</translation>
    </message>
</context>
<context>
    <name>twb::ui::DatasetFactsView</name>
    <message>
        <source>Load report</source>
        <translation>加载报告</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 像素</translation>
    </message>
    <message>
        <source>1 (grey)</source>
        <translation>1（灰度）</translation>
    </message>
    <message>
        <source>3 (colour, RGB)</source>
        <translation>3（彩色，RGB）</translation>
    </message>
    <message>
        <source>%L1 train, %L2 test, %3 classes</source>
        <translation>训练 %L1，测试 %L2，共 %3 类</translation>
    </message>
    <message>
        <source>skipped %1: %2</source>
        <translation>已跳过 %1：%2</translation>
    </message>
    <message>
        <source>Load report: %L1 images loaded, nothing skipped</source>
        <translation>加载报告：已加载 %L1 张图像，无跳过</translation>
    </message>
    <message>
        <source>Load report: %L1 images loaded, skipped: %L2</source>
        <translation>加载报告：已加载 %L1 张图像，跳过 %L2 个文件</translation>
    </message>
    <message>
        <source>Image size:</source>
        <translation>图像尺寸：</translation>
    </message>
    <message>
        <source>Channels:</source>
        <translation>通道数：</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>图像：</translation>
    </message>
    <message>
        <source>Mean (train):</source>
        <translation>均值（训练集）：</translation>
    </message>
    <message>
        <source>Std (train):</source>
        <translation>标准差（训练集）：</translation>
    </message>
    <message>
        <source>Origin:</source>
        <translation>来源：</translation>
    </message>
    <message>
        <source>Per-channel mean of pixel values in [0, 1]</source>
        <translation>各通道像素值（[0, 1] 范围）的均值</translation>
    </message>
    <message>
        <source>Per-channel standard deviation of pixel values in [0, 1]</source>
        <translation>各通道像素值（[0, 1] 范围）的标准差</translation>
    </message>
    <message>
        <source>What loading did: notes, and files skipped with the reason</source>
        <translation>加载过程的记录：说明，以及被跳过的文件和原因</translation>
    </message>
</context>
<context>
    <name>twb::ui::DatasetsPanel</name>
    <message>
        <source> (+%1 more)</source>
        <translation>（另有 %1 个）</translation>
    </message>
    <message>
        <source>The class match shows once both datasets are loaded.</source>
        <translation>两个数据集都加载后，这里显示类别匹配情况。</translation>
    </message>
    <message>
        <source>Classes in common: &lt;b&gt;%1&lt;/b&gt;, the same names in the same order.</source>
        <translation>共同类别：&lt;b&gt;%1&lt;/b&gt; 个，名称与顺序完全相同。</translation>
    </message>
    <message>
        <source>Classes in common: &lt;b&gt;%1&lt;/b&gt;, matched by name (the order differs).</source>
        <translation>共同类别：&lt;b&gt;%1&lt;/b&gt; 个，按名称匹配（顺序不同）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;No classes in common&lt;/b&gt;: a classifier trained on the source cannot name any target class.</source>
        <translation>&lt;b&gt;没有共同类别&lt;/b&gt;：在源域上训练的分类器无法识别任何目标域类别。</translation>
    </message>
    <message>
        <source>Classes in common: &lt;b&gt;%1&lt;/b&gt;, matched by name.</source>
        <translation>共同类别：&lt;b&gt;%1&lt;/b&gt; 个，按名称匹配。</translation>
    </message>
    <message>
        <source>Only in the source: %1.</source>
        <translation>仅在源域中：%1。</translation>
    </message>
    <message>
        <source>Only in the target: %1.</source>
        <translation>仅在目标域中：%1。</translation>
    </message>
    <message>
        <source>Only in the source: %1
Only in the target: %2</source>
        <translation>仅在源域中：%1
仅在目标域中：%2</translation>
    </message>
</context>
<context>
    <name>twb::ui::DescribeClassBox</name>
    <message>
        <source>Describe a new class</source>
        <translation>描述一个新类别</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>查找</translation>
    </message>
    <message>
        <source>attributes, e.g. red circle filled=0.5</source>
        <translation>属性，例如 red circle filled=0.5</translation>
    </message>
    <message>
        <source>one or more words, e.g. winter boot</source>
        <translation>一个或多个词，例如 winter boot</translation>
    </message>
    <message>
        <source>attributes, e.g. %1 %2=0.5</source>
        <translation>属性，例如 %1 %2=0.5</translation>
    </message>
    <message>
        <source>&lt;small&gt;Its embedding g is the run&apos;s map of the words&apos; mean vector; the %1 images nearest it are ringed and listed.&lt;/small&gt;</source>
        <translation>&lt;small&gt;其嵌入 g 是该运行对这些词的平均向量所做的映射；离它最近的 %1 张图像会被圈出并列出。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>&lt;small&gt;Attributes (1 when named, or name=value, or one number each): %1. Its embedding g(a) is the run&apos;s learned map; the %2 images nearest it are ringed and listed.&lt;/small&gt;</source>
        <translation>&lt;small&gt;属性（写出名称即为 1，或写 name=value，或每个属性写一个数值）：%1。其嵌入 g(a) 由该运行学到的映射得到；离它最近的 %2 张图像会被圈出并列出。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Embed the joint layer of a zero-shot run first.</source>
        <translation>请先对零样本运行的 joint 层计算嵌入。</translation>
    </message>
    <message>
        <source>new: %1</source>
        <translation>新类别：%1</translation>
    </message>
</context>
<context>
    <name>twb::ui::DomainView</name>
    <message>
        <source>Not available: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>Choose an Image Folder (One Sub-Folder per Class)</source>
        <translation>选择图像文件夹（每个类别一个子文件夹）</translation>
    </message>
    <message>
        <source>Choose an IDX Images File</source>
        <translation>选择 IDX 图像文件</translation>
    </message>
    <message>
        <source>IDX images (*idx3-ubyte *idx3-ubyte.gz);;All files (*)</source>
        <translation>IDX 图像 (*idx3-ubyte *idx3-ubyte.gz);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Choose a dataset.</source>
        <translation>请选择一个数据集。</translation>
    </message>
    <message>
        <source>Loading cancelled.</source>
        <translation>已取消加载。</translation>
    </message>
    <message>
        <source>Loading “%1” failed.</source>
        <translation>加载“%1”失败。</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>源域：</translation>
    </message>
    <message>
        <source>Target:</source>
        <translation>目标域：</translation>
    </message>
    <message>
        <source>Folder…</source>
        <translation>文件夹…</translation>
    </message>
    <message>
        <source>IDX file…</source>
        <translation>IDX 文件…</translation>
    </message>
    <message>
        <source>An image folder with one sub-folder per class</source>
        <translation>图像文件夹，每个类别一个子文件夹</translation>
    </message>
    <message>
        <source>MNIST&apos;s IDX files: an images file with its labels file beside it</source>
        <translation>MNIST 的 IDX 文件：图像文件，旁边放着对应的标签文件</translation>
    </message>
    <message>
        <source>Read the dataset&apos;s files again</source>
        <translation>重新读取数据集文件</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop loading this dataset</source>
        <translation>停止加载此数据集</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Images per class in the train and test splits</source>
        <translation>训练集和测试集中每个类别的图像数</translation>
    </message>
    <message>
        <source>Only classes %1 of it, as the experiment&apos;s %2.classes says; a run numbers them 0, 1, … in this order.</source>
        <translation>只取其中的类别 %1（实验的 %2.classes 如此指定）；训练时按此顺序重新编号为 0、1、…。</translation>
    </message>
    <message>
        <source>A run of this experiment trains on one labelled image per class of this training split</source>
        <translation>本实验的运行在该训练集上每类只使用一张带标签的图像</translation>
    </message>
    <message>
        <source>A run of this experiment trains on %1 labelled images per class of this training split</source>
        <translation>本实验的运行在该训练集上每类使用 %1 张带标签的图像</translation>
    </message>
    <message>
        <source>: %1 of its %2 images, drawn with the seed</source>
        <translation>：共 %2 张中的 %1 张，按种子抽取</translation>
    </message>
    <message>
        <source> (%1.labels_per_class). The samples and counts show the whole split.</source>
        <translation>（%1.labels_per_class）。样本和计数显示的是整个划分。</translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingCaption</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 on %2, %3 steps, seed %4; unseen top-1 %5 (unseen classes the only candidates); generalised: seen %6, unseen %7, harmonic mean %8</source>
        <translation>%1，数据集 %2，%3 步，种子 %4；未见类 Top-1 %5（仅以未见类为候选）；广义：可见类 %6，未见类 %7，调和平均 %8</translation>
    </message>
    <message>
        <source>%1, %2, on %3 → %4, %5 steps, seed %6; target test accuracy %7 (source %8)</source>
        <translation>%1，%2，%3 → %4，%5 步，种子 %6；目标域测试准确率 %7（源域 %8）</translation>
    </message>
    <message>
        <source>%1 on %2 → %3, seed %4</source>
        <translation>%1，%2 → %3，种子 %4</translation>
    </message>
    <message>
        <source>. t-SNE stopped at iteration %1 of %2</source>
        <translation>。t-SNE 在第 %1 次迭代时停止（共 %2 次）</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, joint space: class separation %2&lt;br&gt;&lt;small&gt;%3&lt;br&gt;%4. ● image of a seen class, ◆ of an unseen class, ★ class embedding g(y); colour = class.&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，联合空间：类别分离度 %2&lt;br&gt;&lt;small&gt;%3&lt;br&gt;%4。● 可见类图像，◆ 未见类图像，★ 类别嵌入 g(y)；颜色 = 类别。&lt;/small&gt;</translation>
    </message>
    <message>
        <source>, proxy A-distance %1</source>
        <translation>，代理 A 距离 %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;, layer %2: domain mixing %3%4, class separation %5&lt;br&gt;&lt;small&gt;%6&lt;br&gt;%7. ● source, ▲ target; colour = class.&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;，%2 层：域混合度 %3%4，类别分离度 %5&lt;br&gt;&lt;small&gt;%6&lt;br&gt;%7。● 源域，▲ 目标域；颜色 = 类别。&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingExports</name>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Coordinates as CSV…</source>
        <translation>坐标 (CSV)…</translation>
    </message>
    <message>
        <source>Picture as PNG…</source>
        <translation>图像 (PNG)…</translation>
    </message>
    <message>
        <source>Picture as PDF…</source>
        <translation>图像 (PDF)…</translation>
    </message>
    <message>
        <source>Export Embedding for TensorBoard…</source>
        <translation>导出嵌入供 TensorBoard 使用…</translation>
    </message>
    <message>
        <source>There is no map to export yet.</source>
        <translation>尚无可导出的嵌入图。</translation>
    </message>
    <message>
        <source>There are no features to export yet: run the embedding first.</source>
        <translation>尚无可导出的特征：请先运行嵌入。</translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingJob</name>
    <message>
        <source>the embedding failed for an unknown reason</source>
        <translation>嵌入因未知原因失败</translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingLegend</name>
    <message>
        <source>class %1</source>
        <translation>类别 %1</translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingMap</name>
    <message>
        <source>Choose a trained run and a layer, then Run. Wheel zooms, drag pans, double-click fits.</source>
        <translation>选择一个已训练的运行和一个层，然后点击“运行”。滚轮缩放，拖动平移，双击适应窗口。</translation>
    </message>
    <message>
        <source>Running t-SNE…</source>
        <translation>正在运行 t-SNE…</translation>
    </message>
    <message>
        <source>Extracting %1 features…</source>
        <translation>正在提取 %1 层的特征…</translation>
    </message>
    <message>
        <source>Running t-SNE on %1…</source>
        <translation>正在对 %1 运行 t-SNE…</translation>
    </message>
    <message>
        <source>Iteration %1 of %2, KL divergence %3</source>
        <translation>第 %1/%2 次迭代，KL 散度 %3</translation>
    </message>
    <message>
        <source>Stopped at iteration %1 (KL divergence %2).</source>
        <translation>已在第 %1 次迭代时停止（KL 散度 %2）。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Done: %1 iterations, KL divergence %2. %3</source>
        <translation>完成：%1 次迭代，KL 散度 %2。%3</translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingNumbers</name>
    <message>
        <source>&lt;i&gt;Domain mixing and class separation appear here once features are extracted.&lt;/i&gt;</source>
        <translation>&lt;i&gt;提取特征后，这里将显示域混合度和类别分离度。&lt;/i&gt;</translation>
    </message>
    <message>
        <source>t-SNE: perplexity %1, %2 iterations, seed %3</source>
        <translation>t-SNE：困惑度 %1，%2 次迭代，种子 %3</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Proxy A-distance %1&lt;/b&gt;&lt;br&gt;&lt;small&gt;a linear classifier trained on half of the images tells the other half&apos;s domain right %2 of the time; 0 = indistinguishable, 2 = apart&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;代理 A 距离 %1&lt;/b&gt;&lt;br&gt;&lt;small&gt;用一半图像训练的线性分类器，在另一半图像上判对域的比例为 %2；0 = 无法区分，2 = 完全分开&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Domain mixing %1&lt;/b&gt;&lt;br&gt;&lt;small&gt;fraction of each point&apos;s %2 nearest neighbours (in the %3-d %4 features) from the other domain; 0.5 = mixed, 0 = apart&lt;/small&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Class separation %5&lt;/b&gt; (target %6)&lt;br&gt;&lt;small&gt;fraction of those neighbours with the same label&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;域混合度 %1&lt;/b&gt;&lt;br&gt;&lt;small&gt;每个点的 %2 个最近邻（在 %3 维 %4 特征中）来自另一个域的比例；0.5 = 充分混合，0 = 完全分开&lt;/small&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;类别分离度 %5&lt;/b&gt;（目标域 %6）&lt;br&gt;&lt;small&gt;这些近邻中标签相同的比例&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Unseen images nearest their own class: %1&lt;/b&gt; of %2 among the %3 unseen classes (%4), %5 among all %6 classes&lt;br&gt;&lt;small&gt;nearest class embedding ★ by cosine in the %7-d joint space, as the map draws it; the run&apos;s own scores are in its results&lt;/small&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;Class separation %8&lt;/b&gt;&lt;br&gt;&lt;small&gt;fraction of each image&apos;s %9 nearest neighbours with the same label&lt;/small&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;最近类别为自身类别的未见类图像：%1&lt;/b&gt; / %2（在 %3 个未见类中，%4），在全部 %6 个类别中为 %5&lt;br&gt;&lt;small&gt;按 %7 维联合空间中的余弦相似度取最近的类别嵌入 ★，与图中绘制方式一致；该运行自身的得分见其结果&lt;/small&gt;&lt;/p&gt;&lt;p&gt;&lt;b&gt;类别分离度 %8&lt;/b&gt;&lt;br&gt;&lt;small&gt;每张图像的 %9 个最近邻中标签相同的比例&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingPanel</name>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>The map is still being computed with the old settings. Restart it with the new ones?</source>
        <translation>嵌入图仍在按旧设置计算。要按新设置重新开始吗？</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>重新开始</translation>
    </message>
    <message>
        <source>Keep Running</source>
        <translation>继续运行</translation>
    </message>
    <message>
        <source>Choose a trained run first (Open… or the Runs list).</source>
        <translation>请先选择一个已训练的运行（“打开…”或“运行”列表）。</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>固定</translation>
    </message>
    <message>
        <source>Keep this map beside the next one, to compare two runs or two layers</source>
        <translation>把这张图保留在下一张旁边，用来比较两次运行或两个层</translation>
    </message>
</context>
<context>
    <name>twb::ui::EmbeddingRunChooser</name>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Embed a run directory from disk</source>
        <translation>对磁盘上的运行目录计算嵌入</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Perplexity</source>
        <translation>困惑度</translation>
    </message>
    <message>
        <source>Iterations</source>
        <translation>迭代次数</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Images per domain</source>
        <translation>每个域的图像数</translation>
    </message>
    <message>
        <source>conv2 is the feature layer DANN aligns; fc1 and fc2 are the label predictor&apos;s; joint (zero-shot runs) is the space of image and class embeddings</source>
        <translation>conv2 是 DANN 对齐的特征层；fc1 和 fc2 属于标签预测器；joint（零样本运行）是图像嵌入与类别嵌入所在的空间</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Test images drawn at random (with the seed) from each domain; 0 takes all</source>
        <translation>从每个域中随机抽取（使用该种子）的测试图像数；0 表示全部</translation>
    </message>
    <message>
        <source>Open a Trained Run</source>
        <translation>打开已训练的运行</translation>
    </message>
    <message>
        <source>Open Run</source>
        <translation>打开运行</translation>
    </message>
</context>
<context>
    <name>twb::ui::ExamplesMenu</name>
    <message>
        <source>Source only: digits → digits</source>
        <translation>仅源域：digits → digits</translation>
    </message>
    <message>
        <source>A quick first run: source and target are the same digits, so there is no domain shift to overcome</source>
        <translation>快速的第一次运行：源域和目标域是同样的数字，没有需要克服的域偏移</translation>
    </message>
    <message>
        <source>Source only: digits → digits-m</source>
        <translation>仅源域：digits → digits-m</translation>
    </message>
    <message>
        <source>The lower bound: trained on plain digits, tested on digits blended with photos; shows what the domain shift costs</source>
        <translation>下限：在普通数字上训练，在叠加了照片的数字上测试；显示域偏移带来的代价</translation>
    </message>
    <message>
        <source>Target only: digits → digits-m</source>
        <translation>仅目标域：digits → digits-m</translation>
    </message>
    <message>
        <source>The upper bound: trained on digits-m&apos;s own labels, the accuracy an adaptation method hopes to approach</source>
        <translation>上限：用 digits-m 自己的标签训练，这是自适应方法希望接近的准确率</translation>
    </message>
    <message>
        <source>DANN: digits → digits-m</source>
        <translation>DANN：digits → digits-m</translation>
    </message>
    <message>
        <source>DANN with domain confusion: digits → digits-m</source>
        <translation>DANN（域混淆）：digits → digits-m</translation>
    </message>
    <message>
        <source>The same gap with the confusion adversary: the features ask the domain classifier to say 50 % for every image</source>
        <translation>同样的差距，改用混淆对抗方式：特征要求域分类器对每张图像都给出 50 %</translation>
    </message>
    <message>
        <source>DANN: synthetic digits → digits</source>
        <translation>DANN：合成数字 → digits</translation>
    </message>
    <message>
        <source>Learning from synthetic data: digits rendered from fonts are the labelled source, real handwriting the target</source>
        <translation>从合成数据中学习：用字体渲染的数字作为带标签的源域，真实的手写数字作为目标域</translation>
    </message>
    <message>
        <source>Fine-tune: Fashion-MNIST 0–4 → 5–9</source>
        <translation>微调：Fashion-MNIST 0–4 → 5–9</translation>
    </message>
    <message>
        <source>A model of five garment classes starts five new ones with 10 labels each; try freezing layers in the Model panel</source>
        <translation>用五类服装训练的模型起步，学习五个新类别，每类只有 10 个标签；可以在“模型”面板中试试冻结一些层</translation>
    </message>
    <message>
        <source>Multitask: digit, parity and greater than 4</source>
        <translation>多任务：数字、奇偶与是否大于 4</translation>
    </message>
    <message>
        <source>One shared trunk, three heads on the same digits: the class, whether it is even, and whether it is above 4</source>
        <translation>一个共享主干，在同样的数字上接三个输出头：类别、是否为偶数、是否大于 4</translation>
    </message>
    <message>
        <source>Multitask: 10 labels per digit</source>
        <translation>多任务：每个数字 10 个标签</translation>
    </message>
    <message>
        <source>Only 10 labelled images per digit class; parity and greater than 4, known for every image, help train the shared trunk</source>
        <translation>每个数字类别只有 10 张带标签的图像；每张图像都已知的奇偶与“是否大于 4”帮助训练共享主干</translation>
    </message>
    <message>
        <source>Multitask: 10 labels per digit, uncertainty weighting</source>
        <translation>多任务：每个数字 10 个标签，不确定性加权</translation>
    </message>
    <message>
        <source>The same few labels, each task&apos;s loss weighted by its learned uncertainty (Kendall, Gal and Cipolla 2018) instead of fixed weights</source>
        <translation>同样少量的标签，但每个任务的损失按学到的不确定性加权（Kendall、Gal 与 Cipolla，2018），而不是使用固定权重</translation>
    </message>
    <message>
        <source>Multitask: 10 labels per Fashion-MNIST class</source>
        <translation>多任务：每个 Fashion-MNIST 类别 10 个标签</translation>
    </message>
    <message>
        <source>Only 10 labelled images per garment class, helped by the coarse group (tops, bottoms, footwear, bags) known for every image</source>
        <translation>每个服装类别只有 10 张带标签的图像，借助每张图像都已知的粗分组（上装、下装、鞋类、包）</translation>
    </message>
    <message>
        <source>Multitask: digits and Fashion-MNIST</source>
        <translation>多任务：digits 与 Fashion-MNIST</translation>
    </message>
    <message>
        <source>Two different datasets share one trunk, each with its own head: does one task help the other or get in its way?</source>
        <translation>两个不同的数据集共享一个主干，各有自己的输出头：一个任务是帮助了另一个，还是妨碍了它？</translation>
    </message>
    <message>
        <source>Zero-shot: shapes, 8 unseen combinations</source>
        <translation>零样本：形状，8 个未见组合</translation>
    </message>
    <message>
        <source>Colour, shape and fill as attributes; 8 combinations never seen in training are recognised from their description</source>
        <translation>以颜色、形状和填充为属性；训练中从未见过的 8 种组合凭描述被识别出来</translation>
    </message>
    <message>
        <source>Zero-shot: Fashion-MNIST, 3 unseen classes</source>
        <translation>零样本：Fashion-MNIST，3 个未见类</translation>
    </message>
    <message>
        <source>Pullover, Dress and Sandal are held out of training and recognised from hand-made garment attributes</source>
        <translation>套头衫、连衣裙和凉鞋不参与训练，凭手工制作的服装属性被识别出来</translation>
    </message>
    <message>
        <source>&amp;Examples</source>
        <translation>示例(&amp;E)</translation>
    </message>
    <message>
        <source>Domain adaptation</source>
        <translation>域自适应</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>Multitask learning</source>
        <translation>多任务学习</translation>
    </message>
    <message>
        <source>Zero-shot learning</source>
        <translation>零样本学习</translation>
    </message>
    <message>
        <source>More examples</source>
        <translation>更多示例</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <source>Gradient reversal on the DANN paper&apos;s MNIST → MNIST-M gap, with batch norm, dropout and each domain normalised with its own statistics; watch the target accuracy climb</source>
        <translation>在 DANN 论文的 MNIST → MNIST-M 差距上做梯度反转，使用批归一化、dropout，并让每个域用自己的统计量归一化；观察目标域准确率上升</translation>
    </message>
    <message>
        <source>DANN, the paper&apos;s recipe: digits → digits-m</source>
        <translation>DANN，论文的配方：digits → digits-m</translation>
    </message>
    <message>
        <source>The same gap with the paper&apos;s LeNet and SGD schedule: on these small datasets it closes far less of the gap than the default</source>
        <translation>同一差距，使用论文的 LeNet 和 SGD 学习率计划：在这些小数据集上，它缩小的差距远少于默认配方</translation>
    </message>
    <message>
        <source>Source only: spoken digits, voices A → B</source>
        <translation>仅源域：语音数字，声音 A → B</translation>
    </message>
    <message>
        <source>Speech, where speakers are domains: trained on three espeak-ng voices saying zero to nine, tested on three recorded Flite speakers; click a spectrogram in the Datasets panel to hear it</source>
        <translation>语音，说话人即领域：在三个 espeak-ng 声音说出的 zero 到 nine 上训练，在三个 Flite 录音说话人上测试；在“数据集”面板中点击频谱图即可收听</translation>
    </message>
    <message>
        <source>Fine-tune: spoken digits, voices A → B</source>
        <translation>微调：语音数字，声音 A → B</translation>
    </message>
    <message>
        <source>A model of three synthetic voices starts three other speakers with 5 labels per word; in the Model panel, sweep the last layers beside the Fashion-MNIST sweep of the first ones</source>
        <translation>用三个合成声音训练的模型，以每个词 5 个标签开始另外三个说话人的任务；在“模型”面板中扫描最后几层，与 Fashion-MNIST 对前几层的扫描并排比较</translation>
    </message>
    <message>
        <source>Fine-tune: spoken digits A → B, fully connected network</source>
        <translation>微调：口语数字 A → B，全连接网络</translation>
    </message>
    <message>
        <source>The network speech recognisers were when the lecture&apos;s result was found, 50 labels per word: sweep the last layers and see them transfer where the first ones do not</source>
        <translation>课程结论提出时语音识别器所用的网络，每个词 50 个标签：扫描最后几层，看它们在前几层无法迁移之处如何迁移</translation>
    </message>
    <message>
        <source>Multitask: spoken digits in five languages</source>
        <translation>多任务：五种语言的口语数字</translation>
    </message>
    <message>
        <source>Multilingual speech recognition: one trunk, a head per language; Finnish has 5 labels per digit, English, German, French and Spanish all theirs (Huang et al. 2013)</source>
        <translation>多语言语音识别：一个主干，每种语言一个输出头；芬兰语每个数字只有 5 个标注，英语、德语、法语和西班牙语使用全部标注（Huang 等，2013）</translation>
    </message>
    <message>
        <source>Fine-tune: digits → digits-m, 10 labels per class</source>
        <translation>微调：digits → digits-m，每类 10 个标签</translation>
    </message>
    <message>
        <source>The same ten classes in a new domain: a model of plain handwritten digits starts the digits on photos from 100 labelled images (lesson 1)</source>
        <translation>同样的十个类别，新的领域：干净手写数字的模型，用 100 张带标签图片开始学习照片背景上的数字（第 1 课）</translation>
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
    <name>twb::ui::ExperimentModel</name>
    <message>
        <source>Source dataset %1</source>
        <translation>源数据集 %1</translation>
    </message>
    <message>
        <source>Target dataset %1</source>
        <translation>目标数据集 %1</translation>
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
    <message>
        <source>λ sc&amp;hedule:</source>
        <translation>λ 调度(&amp;H)：</translation>
    </message>
    <message>
        <source>λ &amp;gamma:</source>
        <translation>λ γ(&amp;G)：</translation>
    </message>
    <message>
        <source>λ ma&amp;x:</source>
        <translation>λ 最大值(&amp;X)：</translation>
    </message>
    <message>
        <source>LR sche&amp;dule:</source>
        <translation>学习率调度(&amp;D)：</translation>
    </message>
    <message>
        <source>How fast λ rises (the DANN paper uses 10)</source>
        <translation>λ 上升的快慢（DANN 论文取 10）</translation>
    </message>
    <message>
        <source>ganin: the learning rate decays as lr/(1+10p)^0.75; constant: it stays</source>
        <translation>ganin：学习率按 lr/(1+10p)^0.75 衰减；constant：保持不变</translation>
    </message>
    <message>
        <source>Rename the experiment</source>
        <translation>重命名实验</translation>
    </message>
    <message>
        <source>Method %1</source>
        <translation>方法 %1</translation>
    </message>
    <message>
        <source>Change %1</source>
        <translation>修改%1</translation>
    </message>
    <message>
        <source>Change the tasks</source>
        <translation>修改任务</translation>
    </message>
    <message>
        <source>Steps: %1</source>
        <translation>步数：%1</translation>
    </message>
    <message>
        <source>Batch size: %1</source>
        <translation>批大小：%1</translation>
    </message>
    <message>
        <source>Evaluate every %1 steps</source>
        <translation>每 %1 步评估一次</translation>
    </message>
    <message>
        <source>Learning rate: %1</source>
        <translation>学习率：%1</translation>
    </message>
    <message>
        <source>Learning-rate schedule: %1</source>
        <translation>学习率调度：%1</translation>
    </message>
    <message>
        <source>λ schedule: %1</source>
        <translation>λ 调度：%1</translation>
    </message>
    <message>
        <source>λ gamma: %1</source>
        <translation>λ gamma：%1</translation>
    </message>
    <message>
        <source>λ max: %1</source>
        <translation>λ 最大值：%1</translation>
    </message>
    <message>
        <source>Seed %1</source>
        <translation>种子 %1</translation>
    </message>
    <message>
        <source>λ warm-up: %1 steps</source>
        <translation>λ 预热：%1 步</translation>
    </message>
    <message>
        <source>λ &amp;warm-up:</source>
        <translation>λ 预热(&amp;W)：</translation>
    </message>
    <message>
        <source>ganin: λ rises from 0 to its max as 2/(1+exp(−γp))−1; warmup: λ ramps up as exp(−5(1−t)²) over the warm-up steps, so the term barely acts while the classifier first learns; constant: λ is its max throughout</source>
        <translation>ganin：λ 按 2/(1+exp(−γp))−1 从 0 升到最大值；warmup：λ 在预热步数内按 exp(−5(1−t)²) 上升，使该项在分类器刚开始学习时几乎不起作用；constant：λ 始终为最大值</translation>
    </message>
    <message>
        <source>The weight of the method&apos;s adaptation term (DANN&apos;s reversed gradient or confusion loss, an alignment or entropy term) once it has ramped up</source>
        <translation>方法的自适应项（DANN 的反转梯度或混淆损失、对齐项或熵项）升到最大后的权重</translation>
    </message>
    <message>
        <source>Steps over which the warmup schedule ramps λ up to its max</source>
        <translation>warmup 调度将 λ 升到最大值所用的步数</translation>
    </message>
</context>
<context>
    <name>twb::ui::LambdaPreview</name>
    <message>
        <source>Training progress p</source>
        <translation>训练进度 p</translation>
    </message>
    <message>
        <source>λ(p)</source>
        <translation>λ(p)</translation>
    </message>
    <message>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>The adversarial weight λ and the learning rate over the run, as the trainer will use them</source>
        <translation>整个运行中对抗权重 λ 和学习率的变化，与训练器实际使用的一致</translation>
    </message>
    <message>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
</context>
<context>
    <name>twb::ui::LayerSweepPlot</name>
    <message>
        <source>target test accuracy</source>
        <translation>目标域测试准确率</translation>
    </message>
    <message>
        <source>k: the last k layers before the head copied from the source model</source>
        <translation>k：从源模型复制输出头之前的最后 k 层</translation>
    </message>
    <message>
        <source>k: the first k layers copied from the source model</source>
        <translation>k：从源模型复制前 k 层</translation>
    </message>
    <message>
        <source>%1, last k</source>
        <translation>%1，后 k 层</translation>
    </message>
    <message>
        <source>%1, first k</source>
        <translation>%1，前 k 层</translation>
    </message>
    <message>
        <source>%1, fine-tuned</source>
        <translation>%1，微调</translation>
    </message>
    <message>
        <source>%1, from scratch</source>
        <translation>%1，从头训练</translation>
    </message>
    <message>
        <source>solid: copied layers frozen</source>
        <translation>实线：复制的层冻结</translation>
    </message>
    <message>
        <source>dashed: copied layers fine-tuned</source>
        <translation>虚线：复制的层微调</translation>
    </message>
    <message>
        <source>dotted: from scratch (k = 0)</source>
        <translation>点线：从头训练（k = 0）</translation>
    </message>
    <message>
        <source>k: layers copied from the source model (first k from the input up, last k from the head down)</source>
        <translation>k：从源模型复制的层数（前 k 层从输入往上数，后 k 层从输出头往下数）</translation>
    </message>
    <message>
        <source>k = 0, nothing copied: from scratch, target accuracy %1</source>
        <translation>k = 0，未复制任何层：从头训练，目标域准确率 %1</translation>
    </message>
    <message>
        <source>k = %1, copied: %2</source>
        <translation>k = %1，已复制：%2</translation>
    </message>
    <message>
        <source>frozen: target accuracy %1</source>
        <translation>冻结：目标域准确率 %1</translation>
    </message>
    <message>
        <source>fine-tuned: target accuracy %1</source>
        <translation>微调：目标域准确率 %1</translation>
    </message>
    <message>
        <source>%1 points against this pair&apos;s scratch baseline (%2)</source>
        <translation>相对此数据对从头训练基线（%2）%1 个百分点</translation>
    </message>
    <message>
        <source>%1 (scratch %2)</source>
        <translation>%1（从头训练 %2）</translation>
    </message>
    <message>
        <source>k: layers copied</source>
        <translation>k：复制的层数</translation>
    </message>
</context>
<context>
    <name>twb::ui::LessonPanel</name>
    <message>
        <source>Lesson %1: %2</source>
        <translation>第 %1 课：%2</translation>
    </message>
    <message>
        <source>The lesson</source>
        <translation>课程内容</translation>
    </message>
    <message>
        <source>What just happened</source>
        <translation>刚才发生了什么</translation>
    </message>
    <message>
        <source>The lesson&apos;s runs have not all finished: nothing is said yet.</source>
        <translation>本课程的运行尚未全部完成：暂时没有结论。</translation>
    </message>
    <message>
        <source>Question for the class</source>
        <translation>课堂问题</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>操作步骤</translation>
    </message>
    <message>
        <source>While it runs, look at</source>
        <translation>运行时请观察</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>Run the lesson&apos;s other experiments too: this part is written from all their numbers.</source>
        <translation>请把本课程的其他实验也运行一下：这一部分根据它们全部的数值写成。</translation>
    </message>
    <message>
        <source>Run the lesson&apos;s experiments first: this part is written from the numbers they write.</source>
        <translation>请先运行本课程的实验：这一部分根据它们写出的数值写成。</translation>
    </message>
    <message>
        <source>Open the full-length recipe</source>
        <translation>打开完整长度的配方</translation>
    </message>
    <message>
        <source>◀ All lessons</source>
        <translation>◀ 全部课程</translation>
    </message>
    <message>
        <source>Handout…</source>
        <translation>讲义…</translation>
    </message>
    <message>
        <source>The lesson, what its runs showed, their curves, results and recipes, as a web page or a PDF to hand out</source>
        <translation>课程内容、运行结果、曲线、结果表和配方，保存为可分发的网页或 PDF</translation>
    </message>
    <message>
        <source>Run %1</source>
        <translation>运行 %1</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source> (took %1)</source>
        <translation>（用时 %1）</translation>
    </message>
    <message>
        <source>About %1 min on two cores</source>
        <translation>在两个核心上约 %1 分钟</translation>
    </message>
</context>
<context>
    <name>twb::ui::LessonsPage</name>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>The lecture on transfer learning, one lesson per part. Each opens its prepared experiment, runs it in a few minutes on this computer, points at what to watch, and afterwards says what the run&apos;s own numbers show.</source>
        <translation>迁移学习讲座，每部分一课。每课打开准备好的实验，在这台计算机上几分钟内运行完毕，指出需要观察的地方，之后根据运行自己的数值说明结果。</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Open a lesson file…</source>
        <translation>打开课程文件…</translation>
    </message>
    <message>
        <source>%1 About %2 min.</source>
        <translation>%1 约 %2 分钟。</translation>
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
    <message>
        <source>Datasets</source>
        <translation>数据集</translation>
    </message>
    <message>
        <source>Runs</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>Compare Runs</source>
        <translation>比较运行</translation>
    </message>
    <message>
        <source>Run &amp;Baselines Too</source>
        <translation>同时运行基线(&amp;B)</translation>
    </message>
    <message>
        <source>Zero-shot</source>
        <translation>零样本</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Embedding</source>
        <translation>嵌入</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>撤销 %1(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>重做 %1(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>After a method, also run the baselines it is compared with, on the same recipe: %1 and %2 for domain adaptation, training from scratch for fine-tuning, each task alone for multitask learning</source>
        <translation>运行一个方法后，再用相同配方运行与之比较的基线：域自适应为 %1 和 %2，微调为从零训练，多任务学习为每个任务单独训练</translation>
    </message>
    <message>
        <source>Live: %1 · %2 · seed %3</source>
        <translation>实时：%1 · %2 · 种子 %3</translation>
    </message>
    <message>
        <source>Cannot open the example</source>
        <translation>无法打开示例</translation>
    </message>
    <message>
        <source>%1 — %2[*] — Transfer Workbench</source>
        <translation>%1 — %2[*] — 迁移学习工作台</translation>
    </message>
    <message>
        <source>Curves</source>
        <translation>曲线</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>完成：%1</translation>
    </message>
    <message>
        <source>Confusion</source>
        <translation>混淆矩阵</translation>
    </message>
    <message>
        <source>Method comparison</source>
        <translation>方法比较</translation>
    </message>
    <message>
        <source>Translation</source>
        <translation>图像翻译</translation>
    </message>
    <message>
        <source>Resume Run</source>
        <translation>续训运行</translation>
    </message>
    <message>
        <source>&amp;Resume Run…</source>
        <translation>续训运行(&amp;R)…</translation>
    </message>
    <message>
        <source>Continue a stopped or killed run from its last checkpoint to its planned steps, as if it had never stopped</source>
        <translation>从最后一个检查点继续已停止或被终止的运行，直到计划的步数，如同从未中断</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <source>Less&amp;ons</source>
        <translation>课程(&amp;O)</translation>
    </message>
    <message>
        <source>Open Lesson &amp;File…</source>
        <translation>打开课程文件(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a lesson a teacher wrote (docs/lessons.md says how)</source>
        <translation>打开教师编写的课程（写法见 docs/lessons.md）</translation>
    </message>
    <message>
        <source>&amp;Presenter Mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <source>Full screen, larger text, high-contrast curves and only the panels the lesson needs; F11 again to leave</source>
        <translation>全屏、更大的文字、高对比度曲线，并且只显示课程需要的面板；再按 F11 退出</translation>
    </message>
    <message>
        <source>&amp;%1. %2</source>
        <translation>&amp;%1. %2</translation>
    </message>
    <message>
        <source>Open Lesson File</source>
        <translation>打开课程文件</translation>
    </message>
    <message>
        <source>Lessons (*.json);;All files (*)</source>
        <translation>课程 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Cannot open the lesson</source>
        <translation>无法打开课程</translation>
    </message>
    <message>
        <source>Lesson Handout</source>
        <translation>课程讲义</translation>
    </message>
    <message>
        <source>Cannot open the lesson&apos;s experiment</source>
        <translation>无法打开课程的实验</translation>
    </message>
</context>
<context>
    <name>twb::ui::MethodComparisonChart</name>
    <message>
        <source>%1%2 %</source>
        <translation>%1%2 %</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1
A-dist. %2</source>
        <translation>%1
A 距离 %2</translation>
    </message>
    <message>
        <source>seed %1: %2 %</source>
        <translation>种子 %1：%2 %</translation>
    </message>
    <message>
        <source>Target test accuracy: %1 ± %2 % (mean ± sd over seeds)</source>
        <translation>目标域测试准确率：%1 ± %2 %（按种子取均值 ± 标准差）</translation>
    </message>
    <message>
        <source>Proxy A-distance: %1 ± %2</source>
        <translation>代理 A 距离：%1 ± %2</translation>
    </message>
    <message>
        <source>Gap closed: %1</source>
        <translation>弥合差距：%1</translation>
    </message>
    <message>
        <source>%1 ± %2 %</source>
        <translation>%1 ± %2 %</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>lower bound: %1 %2</source>
        <translation>下界：%1 %2</translation>
    </message>
    <message>
        <source>upper bound: %1 %2</source>
        <translation>上界：%1 %2</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>one seed</source>
        <translation>单个种子</translation>
    </message>
    <message>
        <source>below the lower bound</source>
        <translation>低于下界</translation>
    </message>
    <message>
        <source>Target test accuracy (%)</source>
        <translation>目标域测试准确率 (%)</translation>
    </message>
    <message>
        <source>Bars: mean ± sd over seeds, a dot per seed; above each, the gap closed</source>
        <translation>柱：按种子取均值 ± 标准差，每个种子一个点；柱上方：弥合差距</translation>
    </message>
    <message>
        <source>No finished runs to compare yet</source>
        <translation>还没有可比较的已完成运行</translation>
    </message>
    <message>
        <source>Only the bounds so far: each method&apos;s bar appears when its run finishes</source>
        <translation>目前只有上下界：每个方法的运行完成后，它的柱就会出现</translation>
    </message>
</context>
<context>
    <name>twb::ui::MethodComparisonPanel</name>
    <message>
        <source>%1 · %2 · %3 steps</source>
        <translation>%1 · %2 · %3 步</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Export Method Comparison as Image</source>
        <translation>将方法比较导出为图像</translation>
    </message>
    <message>
        <source>Export Method Comparison as PDF</source>
        <translation>将方法比较导出为 PDF</translation>
    </message>
    <message>
        <source>Export Method Comparison as CSV</source>
        <translation>将方法比较导出为 CSV</translation>
    </message>
    <message>
        <source>&amp;Comparison:</source>
        <translation>比较(&amp;C)：</translation>
    </message>
    <message>
        <source>Runs on the same domains, backbone and steps are one comparison; pick which one to draw</source>
        <translation>相同域、骨干网络和步数的运行构成一个比较；选择要绘制的比较</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Save the chart as an image or a document, or its numbers as CSV</source>
        <translation>将图表保存为图像或文档，或将其数字保存为 CSV</translation>
    </message>
    <message>
        <source>Image (PNG)…</source>
        <translation>图像 (PNG)…</translation>
    </message>
    <message>
        <source>Document (PDF)…</source>
        <translation>文档 (PDF)…</translation>
    </message>
    <message>
        <source>Data (CSV)…</source>
        <translation>数据 (CSV)…</translation>
    </message>
</context>
<context>
    <name>twb::ui::MethodSettingsForm</name>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
</context>
<context>
    <name>twb::ui::ModelPanel</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Backbone:</source>
        <translation>骨干网络：</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>参数量</translation>
    </message>
    <message>
        <source>Frozen</source>
        <translation>冻结</translation>
    </message>
    <message>
        <source>LR ×</source>
        <translation>学习率 ×</translation>
    </message>
    <message>
        <source>Re-init</source>
        <translation>重新初始化</translation>
    </message>
    <message>
        <source>Frozen: the layer&apos;s weights (and batch-norm statistics) do not train.
LR ×: the layer&apos;s learning rate is the base rate times this.
Re-init: fine-tuning starts this layer from fresh weights instead of the source model&apos;s.</source>
        <translation>冻结：该层的权重（以及批归一化统计量）不参与训练。
学习率 ×：该层的学习率为基础学习率乘以此值。
重新初始化：微调时该层从新初始化的权重开始，而不是使用源模型的权重。</translation>
    </message>
    <message>
        <source>Which layers transfer?</source>
        <translation>哪些层可迁移？</translation>
    </message>
    <message>
        <source>For k = 0..L, copy the first k layers of a source model into the target model, keep them frozen or fine-tune them, and plot the target accuracy (Yosinski et al. 2014)</source>
        <translation>对 k = 0..L，将源模型的前 k 层复制到目标模型中，冻结或微调这些层，并绘制目标域准确率（Yosinski 等，2014）</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Copy the last layers instead</source>
        <translation>改为复制最后几层</translation>
    </message>
    <message>
        <source>The backbone cannot be built: %1</source>
        <translation>无法构建骨干网络：%1</translation>
    </message>
    <message>
        <source>%1 (batch norm)</source>
        <translation>%1（批归一化）</translation>
    </message>
    <message>
        <source>%1 (unused: one head per task)</source>
        <translation>%1（未使用：每个任务各有一个输出头）</translation>
    </message>
    <message>
        <source>Trainable: %1 parameters · Frozen: %2 parameters</source>
        <translation>可训练：%1 个参数 · 冻结：%2 个参数</translation>
    </message>
    <message>
        <source>Freeze %1</source>
        <translation>冻结 %1</translation>
    </message>
    <message>
        <source>Unfreeze %1</source>
        <translation>解冻 %1</translation>
    </message>
    <message>
        <source>Re-init %1</source>
        <translation>重新初始化 %1</translation>
    </message>
    <message>
        <source>Keep %1&apos;s source weights</source>
        <translation>保留 %1 的源模型权重</translation>
    </message>
    <message>
        <source>Learning rate of %1 × %2</source>
        <translation>%1 的学习率 × %2</translation>
    </message>
    <message>
        <source>Backbone %1</source>
        <translation>骨干网络 %1</translation>
    </message>
    <message>
        <source>Source model: %1 on the source task%2</source>
        <translation>源模型：源任务上为 %1%2</translation>
    </message>
    <message>
        <source> (cached)</source>
        <translation>（已缓存）</translation>
    </message>
    <message>
        <source>k = %1 %2: target accuracy %3%4</source>
        <translation>k = %1 %2：目标域准确率 %3%4</translation>
    </message>
    <message>
        <source>Stopped; press the button again to resume where it stopped.</source>
        <translation>已停止；再次按下按钮可从停止处继续。</translation>
    </message>
    <message>
        <source>Sweep finished; its runs are in %1</source>
        <translation>扫描完成；其运行结果位于 %1</translation>
    </message>
    <message>
        <source>The sweep failed: %1</source>
        <translation>扫描失败：%1</translation>
    </message>
    <message>
        <source>Starting the sweep ...</source>
        <translation>正在开始扫描...</translation>
    </message>
    <message>
        <source>Stopping ...</source>
        <translation>正在停止...</translation>
    </message>
    <message>
        <source>Shared trunk: %1 parameters trainable · %2 frozen; each task adds its own head</source>
        <translation>共享主干：可训练参数 %1 · 冻结 %2；每个任务另有自己的输出头</translation>
    </message>
    <message>
        <source> · %1&apos;s %2 (%3): %4 more</source>
        <translation> · %1 的%2（%3）：另有 %4</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>撤销 %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>重做 %1</translation>
    </message>
    <message>
        <source>Per-domain batch statistics</source>
        <translation>按域的批统计量</translation>
    </message>
    <message>
        <source>Send the source and the target batch through the network one at a time, so that batch norm normalises each domain with its own statistics (model.batch_stats per_domain), as the public DANN code does. Unchecked, both batches share one set of statistics. Only backbones with batch norm have it.</source>
        <translation>源域批次和目标域批次分别通过网络，使批归一化用各域自己的统计量进行归一化（model.batch_stats per_domain），与公开的 DANN 代码相同。不勾选时，两个批次共用一组统计量。仅适用于带批归一化的主干网络。</translation>
    </message>
    <message>
        <source>Joint batch statistics</source>
        <translation>共用的批统计量</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>Remove the finished sweeps kept in the plot. A sweep run again reads its finished cells back from disk, so an image sweep and a speech sweep can be put side by side again in seconds.</source>
        <translation>移除图中保留的已完成扫描。再次运行的扫描会从磁盘读回已完成的单元，因此图像扫描和语音扫描几秒内即可再次并排显示。</translation>
    </message>
</context>
<context>
    <name>twb::ui::MultitaskDiagram</name>
    <message>
        <source>Multitask: the backbone up to the layer before its head is one trunk shared by every task;
each task adds its own linear head. Frozen trunk layers (grey, locked) do not train.</source>
        <translation>多任务：骨干网络从输入到输出头之前的一层构成一个由所有任务共享的主干；
每个任务添加自己的线性输出头。冻结的主干层（灰色、带锁）不参与训练。</translation>
    </message>
    <message>
        <source>Shared trunk</source>
        <translation>共享主干</translation>
    </message>
    <message>
        <source>%1 (frozen)</source>
        <translation>%1（已冻结）</translation>
    </message>
    <message>
        <source>No tasks</source>
        <translation>无任务</translation>
    </message>
    <message>
        <source>w₀ %1 (learned)</source>
        <translation>w₀ %1（学习得到）</translation>
    </message>
    <message>
        <source>weight %1</source>
        <translation>权重 %1</translation>
    </message>
</context>
<context>
    <name>twb::ui::NeighboursAndSelection</name>
    <message>
        <source>Neighbours</source>
        <translation>近邻</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>选中点</translation>
    </message>
    <message>
        <source>Click a point to list its nearest neighbours in feature space.</source>
        <translation>点击一个点，列出它在特征空间中的最近邻。</translation>
    </message>
    <message>
        <source>Shift+drag to lasso points, or drag a rectangle with the right button.</source>
        <translation>按住 Shift 拖动可套索选择点，按住右键拖动可框选矩形。</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Its %2 nearest neighbours in the joint space: %3 with the same label.</source>
        <translation>%1&lt;br&gt;它在联合空间中的 %2 个最近邻：%3 个标签相同。</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;Its %2 nearest neighbours in the %3 features: %4 from the other domain, %5 with the same label.</source>
        <translation>%1&lt;br&gt;它在 %3 特征中的 %2 个最近邻：%4 个来自另一个域，%5 个标签相同。</translation>
    </message>
    <message>
        <source>%1 points selected.</source>
        <translation>已选中 %1 个点。</translation>
    </message>
    <message>
        <source>%1 points selected: %2 source, %3 target.</source>
        <translation>已选中 %1 个点：源域 %2 个，目标域 %3 个。</translation>
    </message>
    <message>
        <source>The first %1 are shown.</source>
        <translation>仅显示前 %1 个。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;The %2 images nearest its embedding: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;离其嵌入最近的 %2 张图像：%3。</translation>
    </message>
</context>
<context>
    <name>twb::ui::PinnedEmbedding</name>
    <message>
        <source>Remove the pinned map</source>
        <translation>移除固定的图</translation>
    </message>
</context>
<context>
    <name>twb::ui::PlotExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
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
    <name>twb::ui::ReportExport</name>
    <message>
        <source>Export &amp;Report…</source>
        <translation>导出报告(&amp;R)…</translation>
    </message>
    <message>
        <source>Write a handout of the selected runs or the open comparison: recipe, curves, results with baselines, seeds (HTML or PDF)</source>
        <translation>为选中的运行或打开的比较写一份讲义：配方、曲线、带基线的结果、种子（HTML 或 PDF）</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>导出报告</translation>
    </message>
    <message>
        <source>Report written to %1</source>
        <translation>报告已写入 %1</translation>
    </message>
    <message>
        <source>Select a run in the Runs list, or open a folder of runs (File &gt; Open Run), to make a report of it.</source>
        <translation>请在“运行”列表中选择一个运行，或打开一个运行文件夹（文件 &gt; 打开运行），以生成报告。</translation>
    </message>
    <message>
        <source>Web page (*.html);;PDF (*.pdf)</source>
        <translation>网页 (*.html);;PDF (*.pdf)</translation>
    </message>
    <message>
        <source>A report is being written; try again when it is done.</source>
        <translation>正在写入一份报告；完成后请再试。</translation>
    </message>
</context>
<context>
    <name>twb::ui::ResultsModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>%1, lr %2, %3</source>
        <translation>%1，学习率 %2，%3</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>ganin, γ %1, max %2</source>
        <translation>ganin，γ %1，最大值 %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Source → target</source>
        <translation>源 → 目标</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>Backbone</source>
        <translation>骨干网络</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Optimizer</source>
        <translation>优化器</translation>
    </message>
    <message>
        <source>λ schedule</source>
        <translation>λ 调度</translation>
    </message>
    <message>
        <source>Source acc.</source>
        <translation>源准确率</translation>
    </message>
    <message>
        <source>Target acc.</source>
        <translation>目标准确率</translation>
    </message>
    <message>
        <source>Domain acc.</source>
        <translation>域准确率</translation>
    </message>
    <message>
        <source>Images/s</source>
        <translation>图像/秒</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Per task (test acc.)</source>
        <translation>各任务（测试准确率）</translation>
    </message>
    <message>
        <source>Proxy A-dist.</source>
        <translation>代理 A 距离</translation>
    </message>
    <message>
        <source>How often the run&apos;s own domain classifier tells the source and target test images apart (balanced; 50% is chance). Only adversarial methods have one.</source>
        <translation>该运行自身的域分类器区分源域与目标域测试图像的准确率（类别均衡；50% 为随机水平）。只有对抗式方法才有域分类器。</translation>
    </message>
    <message>
        <source>Proxy A-distance of the features, 2 (1 − 2 ε): ε is the held-out error of a linear classifier trained to tell source from target test images apart. 0: the domains are indistinguishable; 2: fully separable. The same probe for every method, so baselines compare (Ben-David et al. 2007; Ganin et al. 2016).</source>
        <translation>特征的代理 A 距离 2 (1 − 2 ε)：ε 是一个线性分类器在留出图像上区分源域与目标域测试图像的错误率。0：两个域无法区分；2：完全可分。每种方法使用同一个探针，因此可与基线直接比较（Ben-David 等 2007；Ganin 等 2016）。</translation>
    </message>
    <message>
        <source>per run only</source>
        <translation>仅逐次运行显示</translation>
    </message>
    <message>
        <source>%1 ± %2%</source>
        <translation>%1 ± %2%</translation>
    </message>
    <message>
        <source>%1 ± %2</source>
        <translation>%1 ± %2</translation>
    </message>
    <message>
        <source>Seeds</source>
        <translation>种子</translation>
    </message>
    <message>
        <source>%1 sd</source>
        <translation>%1 标准差</translation>
    </message>
    <message>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Gap closed</source>
        <translation>弥合差距</translation>
    </message>
    <message>
        <source>The method&apos;s own settings, as the method sums up its recipe; — where it has none to show</source>
        <translation>方法自身的设置，按该方法对其配方的概括显示；没有可显示的设置时为 —</translation>
    </message>
    <message>
        <source>How much of the gap between the bounds a run closes on the target&apos;s test accuracy: (target − %1) / (%2 − %3), from the means of its comparison&apos;s two bounds. 0%: no better than the lower bound; 100%: as good as the upper. — without both bounds.</source>
        <translation>运行在目标测试准确率上弥合了上下界之间多少差距：(目标 − %1) / (%2 − %3)，取自其对比组两个界的均值。0%：不优于下界；100%：与上界一样好。缺少任一界时为 —。</translation>
    </message>
    <message>
        <source>warm-up %1 steps, max %2</source>
        <translation>预热 %1 步，最大值 %2</translation>
    </message>
</context>
<context>
    <name>twb::ui::ResultsTable</name>
    <message>
        <source>Copy as &amp;Markdown</source>
        <translation>复制为 &amp;Markdown</translation>
    </message>
    <message>
        <source>Copy the table as a Markdown table</source>
        <translation>将表格复制为 Markdown 表格</translation>
    </message>
    <message>
        <source>Copy as &amp;CSV</source>
        <translation>复制为 &amp;CSV</translation>
    </message>
    <message>
        <source>Copy the table as CSV, accuracies as fractions</source>
        <translation>将表格复制为 CSV，准确率以小数表示</translation>
    </message>
    <message>
        <source>Click a column header to sort; each group of runs moves as a whole</source>
        <translation>点击列标题排序；每组运行整体移动</translation>
    </message>
    <message>
        <source>Mean ± sample standard deviation over seeds: runs that differ only in their seed are one row</source>
        <translation>各种子的均值 ± 样本标准差：只有种子不同的运行合为一行</translation>
    </message>
    <message>
        <source>Mean ± sd over seeds</source>
        <translation>按种子取均值 ± 标准差</translation>
    </message>
    <message>
        <source>One row per recipe: runs with the same experiment but the seed, ended the same way</source>
        <translation>每个配方一行：除种子外实验相同、结束方式相同的运行</translation>
    </message>
    <message>
        <source>Each method between its baselines: %1 (lower bound), %2 (upper bound)</source>
        <translation>每个方法位于其基线之间：%1（下界），%2（上界）</translation>
    </message>
    <message>
        <source>Baselines are matched by their data (as each method compares its runs), seed, steps and backbone</source>
        <translation>基线按数据（由各方法决定如何比较其运行）、种子、步数和骨干网络匹配</translation>
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
    <message>
        <source>The run cannot resume</source>
        <translation>该运行无法续训</translation>
    </message>
    <message>
        <source>Resuming “%1” at step %2 of %3, run directory %4</source>
        <translation>在第 %2/%3 步续训“%1”，运行目录 %4</translation>
    </message>
</context>
<context>
    <name>twb::ui::RunLabel</name>
    <message>
        <source>stopped at step %1 of %2</source>
        <translation>在第 %1 步（共 %2 步）停止</translation>
    </message>
    <message>
        <source>diverged at step %1 of %2</source>
        <translation>在第 %1 步（共 %2 步）发散</translation>
    </message>
    <message>
        <source>completed, %1 steps</source>
        <translation>已完成，%1 步</translation>
    </message>
    <message>
        <source>%1 · %2 · seed %3 · %4 · %5%</source>
        <translation>%1 · %2 · 种子 %3 · %4 · %5%</translation>
    </message>
</context>
<context>
    <name>twb::ui::RunList</name>
    <message>
        <source>Open Run</source>
        <translation>打开运行</translation>
    </message>
    <message>
        <source>Not a run directory</source>
        <translation>不是运行目录</translation>
    </message>
    <message>
        <source>Open &amp;Run…</source>
        <translation>打开运行(&amp;R)…</translation>
    </message>
    <message>
        <source>Open Run…</source>
        <translation>打开运行…</translation>
    </message>
    <message>
        <source>Show baselines</source>
        <translation>显示基线</translation>
    </message>
    <message>
        <source>Select several runs (Ctrl or Shift) to compare them</source>
        <translation>选择多个运行（Ctrl 或 Shift）进行比较</translation>
    </message>
    <message>
        <source>Show each selected method&apos;s baselines beside it, the newest of each kind: the lower bound (%1) and the upper bound (%2), or the baselines its method names instead</source>
        <translation>在每个所选方法旁显示其基线，每种取最新的一次：下界（%1）和上界（%2），或改为该方法自己指定的基线</translation>
    </message>
    <message>
        <source>%1 holds no run directory.</source>
        <translation>%1 中没有运行目录。</translation>
    </message>
    <message>
        <source>List a run directory from disk beside this session&apos;s runs, or a folder of them (twb compare --out), whose runs join the list as they finish</source>
        <translation>把磁盘上的运行目录列在本次会话的运行旁边，或打开一个包含多个运行目录的文件夹（twb compare --out），其中的运行完成后会陆续加入列表</translation>
    </message>
</context>
<context>
    <name>twb::ui::RunLogView</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
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
        <source>The log of a run appears here once you press Start.</source>
        <translation>按下“开始”后，运行日志将显示在这里。</translation>
    </message>
    <message>
        <source>— (no source model)</source>
        <translation>—（无源模型）</translation>
    </message>
    <message>
        <source>This run was written before run logs were kept: only its summary is shown.</source>
        <translation>这次运行写于保存运行日志之前：只显示其摘要。</translation>
    </message>
    <message>
        <source>Run summary</source>
        <translation>运行摘要</translation>
    </message>
</context>
<context>
    <name>twb::ui::RunOverlayView</name>
    <message>
        <source>Target test accuracy</source>
        <translation>目标测试准确率</translation>
    </message>
    <message>
        <source>Label loss</source>
        <translation>标签损失</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>Select runs in the Runs panel to compare them here; dashed: the lower bound (%1), dotted: the upper bound (%2).</source>
        <translation>在“运行”面板中选择运行，在此比较；虚线：下界（%1），点线：上界（%2）。</translation>
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
    <name>twb::ui::TaskFields</name>
    <message>
        <source>%1: %2 of %3</source>
        <translation>%1：%3 的 %2</translation>
    </message>
    <message>
        <source>, %1 labels per class</source>
        <translation>，每类 %1 个标签</translation>
    </message>
    <message>
        <source>T&amp;asks:</source>
        <translation>任务(&amp;A)：</translation>
    </message>
    <message>
        <source>Loss &amp;weights:</source>
        <translation>损失权重(&amp;W)：</translation>
    </message>
    <message>
        <source>Labels per c&amp;lass:</source>
        <translation>每类标签数(&amp;L)：</translation>
    </message>
    <message>
        <source>all</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>Labelled training images per class for the first task; the other tasks keep all their labels. 0: all.</source>
        <translation>第一个任务中每个类别的带标签训练图像数；其他任务保留全部标签。0：全部。</translation>
    </message>
    <message>
        <source>fixed: each task&apos;s loss times its weight; uncertainty: weights learned from each task&apos;s uncertainty (Kendall, Gal &amp; Cipolla 2018)</source>
        <translation>fixed：每个任务的损失乘以其权重；uncertainty：根据每个任务的不确定性学习权重（Kendall, Gal &amp; Cipolla 2018）</translation>
    </message>
</context>
<context>
    <name>twb::ui::TrainingJob</name>
    <message>
        <source>The run ended with an unknown error.</source>
        <translation>运行因未知错误而结束。</translation>
    </message>
</context>
<context>
    <name>twb::ui::TranslationDetail</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, %2 styles (seed %3)</source>
        <translation>%1，%2 种风格（种子 %3）</translation>
    </message>
    <message>
        <source>Translating…</source>
        <translation>正在翻译…</translation>
    </message>
    <message>
        <source>Close: the grid takes the whole tab again</source>
        <translation>关闭：网格重新占满整个标签页</translation>
    </message>
    <message>
        <source>Other styles</source>
        <translation>换一批风格</translation>
    </message>
    <message>
        <source>Draw new styles from the prior: the same content, drawn another way</source>
        <translation>从先验中重新抽取风格：内容不变，换一种画法</translation>
    </message>
    <message>
        <source>Style of an image…</source>
        <translation>采用某张图像的风格…</translation>
    </message>
    <message>
        <source>Translate in the style of one image of %1: click one in the grid, or drop an image file on this tab</source>
        <translation>按 %1 中某张图像的风格翻译：在网格中点击一张，或把图像文件拖放到此标签页</translation>
    </message>
    <message>
        <source>Click an image of %1 in the grid, or drop an image file here, to take its style.</source>
        <translation>在网格中点击一张 %1 图像，或把图像文件拖放到这里，以采用它的风格。</translation>
    </message>
    <message>
        <source>Click another image in the grid, or drop an image file on this tab.</source>
        <translation>可在网格中点击另一张图像，或把图像文件拖放到此标签页。</translation>
    </message>
    <message>
        <source>%1 → %2 · model at step %3</source>
        <translation>%1 → %2 · 第 %3 步的模型</translation>
    </message>
    <message>
        <source>the style of this %1 image, and the input in it</source>
        <translation>这张 %1 图像的风格，以及用该风格翻译的输入</translation>
    </message>
    <message>
        <source>back</source>
        <translation>译回</translation>
    </message>
    <message>
        <source>The translation translated back into %1: the cycle that training asks to give the input again</source>
        <translation>把翻译结果再译回 %1：训练要求这一循环还原出输入</translation>
    </message>
</context>
<context>
    <name>twb::ui::TranslationGridView</name>
    <message>
        <source>%1, image %2: click to translate it</source>
        <translation>%1，第 %2 张图像：点击以翻译它</translation>
    </message>
</context>
<context>
    <name>twb::ui::TranslationPanel</name>
    <message>
        <source>Export the translation grid</source>
        <translation>导出翻译网格</translation>
    </message>
    <message>
        <source>target</source>
        <translation>目标域</translation>
    </message>
    <message>
        <source>source</source>
        <translation>源域</translation>
    </message>
    <message>
        <source>Live: %1 · %2</source>
        <translation>实时：%1 · %2</translation>
    </message>
    <message>
        <source>%1 cannot be read as an image</source>
        <translation>%1 无法作为图像读取</translation>
    </message>
    <message>
        <source>No translation run yet. Choose the method %1 in the Experiment panel and press Start, or open a translation run&apos;s directory with File &gt; Open Run.</source>
        <translation>还没有图像翻译运行。请在“实验”面板中选择方法 %1 并点击“开始”，或用“文件 &gt; 打开运行”打开一个翻译运行的目录。</translation>
    </message>
    <message>
        <source>No sample grid yet: the run draws one at each evaluation, every %1 steps.</source>
        <translation>还没有样例网格：运行在每次评估时（每 %1 步）绘制一张。</translation>
    </message>
    <message>
        <source>There is no grid to export.</source>
        <translation>没有可导出的网格。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>step %1 of %2</source>
        <translation>第 %1 步，共 %2 步</translation>
    </message>
    <message>
        <source>The training step the grid was drawn at; the run draws a new one at each evaluation</source>
        <translation>绘制此网格时的训练步数；运行在每次评估时绘制新的网格</translation>
    </message>
    <message>
        <source>No losses logged yet.</source>
        <translation>尚未记录任何损失。</translation>
    </message>
    <message>
        <source>Step %1: %2</source>
        <translation>第 %1 步：%2</translation>
    </message>
    <message>
        <source>Click an image to translate it, or drop an image file on this tab.</source>
        <translation>点击一张图像以翻译它，或把图像文件拖放到此标签页。</translation>
    </message>
    <message>
        <source>the dropped image</source>
        <translation>拖放的图像</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>运行</translation>
    </message>
    <message>
        <source>The translation run whose grid is shown: the live one, or any listed in the Runs dock</source>
        <translation>显示其网格的翻译运行：正在进行的运行，或“运行”面板中列出的任一运行</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Both directions</source>
        <translation>两个方向</translation>
    </message>
    <message>
        <source>Which test images the grid shows: each row is what the model made of them (translated, reconstructed in their own domain, translated there and back)</source>
        <translation>网格显示哪一域的测试图像：每一行是模型对它们的处理结果（翻译、在本域内重建、翻译过去再译回）</translation>
    </message>
    <message>
        <source>All curves…</source>
        <translation>全部曲线…</translation>
    </message>
    <message>
        <source>The losses&apos; curves, GAN, reconstruction, KL and cycle, are in the Curves tab</source>
        <translation>GAN、重建、KL 和循环等损失的曲线在“曲线”标签页中</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <source>Save the grid as shown, with the rows&apos; names, as a PNG image</source>
        <translation>将当前显示的网格连同各行名称保存为 PNG 图像</translation>
    </message>
    <message>
        <source>%1 test image, column %2</source>
        <translation>%1 测试图像，第 %2 列</translation>
    </message>
</context>
<context>
    <name>twb::ui::UtteranceBar</name>
    <message>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <source>Save as WAV…</source>
        <translation>另存为 WAV…</translation>
    </message>
    <message>
        <source>Save the Utterance as WAV</source>
        <translation>将语音保存为 WAV</translation>
    </message>
    <message>
        <source>WAV audio (*.wav)</source>
        <translation>WAV 音频 (*.wav)</translation>
    </message>
    <message>
        <source>Click a spectrogram first.</source>
        <translation>请先点击一个频谱图。</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Click a spectrogram to hear it; right-click to save it as WAV</source>
        <translation>点击频谱图即可收听；右键点击可将其保存为 WAV</translation>
    </message>
    <message>
        <source>Click a spectrogram to hear it.</source>
        <translation>点击频谱图即可收听。</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Playing: %1</source>
        <translation>正在播放：%1</translation>
    </message>
    <message>
        <source>Played: %1</source>
        <translation>已播放：%1</translation>
    </message>
    <message>
        <source>Not played (%1): %2</source>
        <translation>未播放（%1）：%2</translation>
    </message>
    <message>
        <source>Play the clicked utterance again</source>
        <translation>再次播放所点击的语音</translation>
    </message>
    <message>
        <source>Save WAV…</source>
        <translation>保存 WAV…</translation>
    </message>
    <message>
        <source>Save the clicked utterance as a WAV file (16 kHz, mono, 16-bit)</source>
        <translation>将所点击的语音保存为 WAV 文件（16 kHz、单声道、16 位）</translation>
    </message>
    <message>
        <source>No audio output: %1</source>
        <translation>没有音频输出：%1</translation>
    </message>
</context>
<context>
    <name>twb::ui::UtterancePlayer</name>
    <message>
        <source>the audio output could not be opened</source>
        <translation>无法打开音频输出</translation>
    </message>
    <message>
        <source>the audio output stopped reading</source>
        <translation>音频输出停止了读取</translation>
    </message>
    <message>
        <source>the audio output is not available</source>
        <translation>音频输出不可用</translation>
    </message>
    <message>
        <source>the audio output failed</source>
        <translation>音频输出出错</translation>
    </message>
</context>
<context>
    <name>twb::ui::ZeroShotPanel</name>
    <message>
        <source>Open an Attribute Table</source>
        <translation>打开属性表</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Last run&lt;/b&gt; (%1): unseen top-1 &lt;b&gt;%2&lt;/b&gt; (chance %3); generalised: seen %4, unseen %5, harmonic mean %6.</source>
        <translation>&lt;b&gt;上次运行&lt;/b&gt;（%1）：未见类 Top-1 &lt;b&gt;%2&lt;/b&gt;（随机水平 %3）；广义：可见类 %4，未见类 %5，调和平均 %6。</translation>
    </message>
    <message>
        <source> Baselines, unseen top-1: ESZSL %1, ConSE %2.</source>
        <translation>基线的未见类 Top-1：ESZSL %1，ConSE %2。</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Load Table…</source>
        <translation>加载表格…</translation>
    </message>
    <message>
        <source>Describe the classes with your own attribute CSV (class, then one column per attribute)</source>
        <translation>用你自己的属性 CSV 描述各类别（第一列为类别，之后每个属性一列）</translation>
    </message>
    <message>
        <source>No class descriptions: %1</source>
        <translation>没有类别描述：%1</translation>
    </message>
    <message>
        <source>the built-in table of %1</source>
        <translation>%1 的内置表格</translation>
    </message>
    <message>
        <source>Class descriptions of &lt;b&gt;%1&lt;/b&gt; from %2%3. Checked classes are &lt;b&gt;unseen&lt;/b&gt;: training never sees them. Double-click a value to edit it; the next run uses the table as shown.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 的类别描述，来自 %2%3。勾选的类别为&lt;b&gt;未见类&lt;/b&gt;：训练中从不使用它们。双击数值可编辑；下次运行将使用当前显示的表格。</translation>
    </message>
    <message>
        <source>, edited</source>
        <translation>，已编辑</translation>
    </message>
    <message>
        <source>Load the attribute table %1</source>
        <translation>加载属性表 %1</translation>
    </message>
</context>
<context>
    <name>twb::ui::help::ConceptsWindow</name>
    <message>
        <source>Concepts</source>
        <translation>概念</translation>
    </message>
    <message>
        <source>What is %1?</source>
        <translation>什么是“%1”？</translation>
    </message>
    <message>
        <source>&amp;Concepts…</source>
        <translation>概念(&amp;C)…</translation>
    </message>
    <message>
        <source>Short explanations of the ideas this window shows: fine-tuning, the baselines, DANN, the domain measures, t-SNE and zero-shot learning</source>
        <translation>本窗口所展示的各个概念的简短说明：微调、基线、DANN、各项域指标、t-SNE 和零样本学习</translation>
    </message>
</context>
</TS>
