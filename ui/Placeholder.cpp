namespace larder::ui {}
